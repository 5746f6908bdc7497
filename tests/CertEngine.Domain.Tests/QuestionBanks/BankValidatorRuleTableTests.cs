using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>
/// The rules not covered one by one in <see cref="BankValidatorTests"/>: each row damages the valid fixture
/// in one place and names the rule that must fire and the text on the line it must point at.
/// </summary>
public sealed class BankValidatorRuleTableTests
{
    public static TheoryData<string, Func<BankFixture, BankFixture>, string, string, string> Rows => new()
    {
        {
            "single choice with one option", f => f.Replace(BankFixture.Items,
                "  options:\n      A: s-basic-1 选项一\n      B: s-basic-1 选项二\n      C: s-basic-1 选项三\n      D: s-basic-1 选项四\n    key: B",
                "  options:\n      B: s-basic-1 选项二\n    key: B"),
            BankRules.OptionCount, BankFixture.Items, "B: s-basic-1 选项二"
        },
        {
            "two options with the same text", f => f.Replace(BankFixture.Items, "C: s-basic-3 选项三", "C: s-basic-3 选项一"),
            BankRules.DuplicateOption, BankFixture.Items, "A: s-basic-3 选项一"
        },
        {
            "options not labelled A, B, C", f => f.Replace(BankFixture.Items, "B: s-cooking-4 选项二", "X: s-cooking-4 选项二"),
            BankRules.BadValue, BankFixture.Items, "A: s-cooking-4 选项一"
        },
        {
            "id with capitals", f => f.Replace(BankFixture.Items, "id: s-basic-2", "id: S-basic-2"),
            BankRules.BadValue, BankFixture.Items, "id: S-basic-2"
        },
        {
            "fragment hung under a node that does not exist",
            f => f.WithFile("bank/fragment.yaml", "parent: nowhere\nnodes:\n  - id: orphan\n    name: 无处可挂\n"),
            BankRules.UnknownNode, "bank/fragment.yaml", "id: orphan"
        },
        {
            "node with both children and elements",
            f => f.WithFile("bank/fragment.yaml", "parent: related\nelements:\n  - { id: related.900, name: 直接挂在相关知识下, tag: X }\n"),
            BankRules.SyllabusShape, BankFixture.Syllabus, "- id: related"
        },
        {
            "鉴定范围 four levels deep", f => f.Replace(BankFixture.Syllabus,
                "    elements:\n          - { id: cooking.001, name: 主食, tag: X }",
                "    children:\n          - id: cooking.staple\n            name: 主食制作\n            children:\n              - id: cooking.staple.rice\n                name: 米饭\n                elements:\n                  - { id: cooking.001, name: 主食, tag: X }"),
            BankRules.SyllabusShape, BankFixture.Syllabus, "id: cooking.staple.rice"
        },
        {
            "node for a level the occupation lacks", f => f.Replace(BankFixture.Syllabus, "    name: 家庭餐制作\n", "    name: 家庭餐制作\n        levels: [3]\n"),
            BankRules.Level, BankFixture.Syllabus, "- id: cooking"
        },
        {
            "included module that does not exist", f => f.Replace(BankFixture.Occupation, "  levels: [5]", "  levels: [5]\n  include: [no-such-module]"),
            BankRules.Include, BankFixture.Occupation, "include: [no-such-module]"
        },
        {
            "too few X elements", f => f.Replace(BankFixture.Catalogue, "min-x-share: 0.5", "min-x-share: 0.9"),
            BankRules.TagShare, BankFixture.Blueprints, "  - level: 5"
        },
        {
            "too few items per 鉴定点", f => f.Replace(BankFixture.Catalogue, "min-items-per-element: 1", "min-items-per-element: 4"),
            BankRules.ItemsPerElement, BankFixture.Syllabus, "cooking.002"
        },
        {
            "too few 鉴定点 in the level", f => f.Replace(BankFixture.Catalogue, "min-elements-per-level: 1", "min-elements-per-level: 10"),
            BankRules.ElementCount, BankFixture.Blueprints, "  - level: 5"
        },
        {
            "publication rule missing from the catalogue", f => f.Replace(BankFixture.Catalogue, "\n  max-z-share: 0.5", ""),
            BankRules.MissingField, BankFixture.Occupation, "code: 9-99-99-99"
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Validate_DamagedFixture_FiresTheRuleAtTheLine(string damage, Func<BankFixture, BankFixture> mutate, string rule, string file, string marker)
    {
        var fixture = mutate(new BankFixture());

        var errors = fixture.Load().Errors.ToList();

        Assert.True(errors.Any(p => p.Rule == rule && p.Location.File == file && p.Location.Line == fixture.LineOf(file, marker)),
            $"{damage}: expected {rule} at {file}:{fixture.LineOf(file, marker)}, got:\n{string.Join('\n', errors)}");
    }
}
