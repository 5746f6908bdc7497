using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>
/// The rules of a 专项 bank: each row damages the valid <see cref="SpecialtyFixture"/> (or, for the last rows, the
/// bank with levels) in one place and names the rule that must fire and the text on the line it must point at.
/// </summary>
public sealed class SpecialtyValidatorTests
{
    public static TheoryData<string, Func<BankFixture>, string, string, string> Rows => new()
    {
        {
            "levels written for a 专项", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation, "  edition: 2026年版", "  edition: 2026年版\n  levels: [5]"),
            BankRules.Specialty, BankFixture.Occupation, "levels: [5]"
        },
        {
            "work-types written for a 专项", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation, "  edition: 2026年版", "  edition: 2026年版\n  work-types: { 5: [家务服务员] }"),
            BankRules.Specialty, BankFixture.Occupation, "work-types:"
        },
        {
            "综合评审 in a 专项", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation,
                "    practical: { minutes: 60, pass-mark: 60 }", "    practical: { minutes: 60, pass-mark: 60 }\n    review: { minutes: 20, pass-mark: 60 }"),
            BankRules.Specialty, BankFixture.Occupation, "theory: { minutes: 30"
        },
        {
            "a 专项 without components", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation,
                "    theory: { minutes: 30, pass-mark: 60 }\n    practical: { minutes: 60, pass-mark: 60 }", "    {}"),
            BankRules.Specialty, BankFixture.Occupation, "    {}"
        },
        {
            "work task naming no node", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation, "node: cooking", "node: baking"),
            BankRules.UnknownNode, BankFixture.Occupation, "node: baking"
        },
        {
            "the same node in two rows", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation,
                "{ node: cooking, percent: 60", "{ node: basic, percent: 60"),
            BankRules.Specialty, BankFixture.Occupation, "{ node: basic, percent: 60"
        },
        {
            "考核比重 not making 100", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation, "percent: 60", "percent: 50"),
            BankRules.Weights, BankFixture.Occupation, "node: basic"
        },
        {
            "work task without 操作规范", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation, "operations: [能做家庭餐]", "operations: []"),
            BankRules.EmptyText, BankFixture.Occupation, "operations: []"
        },
        {
            "work task without 相关知识", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation, ", knowledge: [烹饪知识]", ""),
            BankRules.MissingField, BankFixture.Occupation, "node: cooking"
        },
        {
            "规范 without 定义", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation, "    definition: 运用清洁知识和技能完成家庭清洁的能力。\n", ""),
            BankRules.MissingField, BankFixture.Occupation, "code-unconfirmed: true"
        },
        {
            "code-unconfirmed not a boolean", () => SpecialtyFixture.Create().Replace(BankFixture.Occupation, "code-unconfirmed: true", "code-unconfirmed: maybe"),
            BankRules.BadValue, BankFixture.Occupation, "code-unconfirmed: maybe"
        },
        {
            "weights written beside the table", () => SpecialtyFixture.Create().Append(BankFixture.Syllabus, "weights:\n  skill:\n    0: { related: 100 }\n"),
            BankRules.Specialty, BankFixture.Syllabus, "0: { related: 100 }"
        },
        {
            "a node with levels", () => SpecialtyFixture.Create().Replace(BankFixture.Syllabus, "    name: 家庭餐制作\n", "    name: 家庭餐制作\n        levels: [5]\n"),
            BankRules.Specialty, BankFixture.Syllabus, "- id: cooking"
        },
        {
            "a blueprint with a level", () => SpecialtyFixture.Create().Replace(BankFixture.Blueprints, "  - mode: practical", "  - level: 5\n    mode: practical"),
            BankRules.Specialty, BankFixture.Blueprints, "level: 5"
        },
        {
            "a component without a blueprint", () => SpecialtyFixture.Create().WithFile(BankFixture.Blueprints,
                "blueprints:\n  - { mode: practical, minutes: 60, tasks: { basic: 1, cooking: 1 } }\n"),
            BankRules.Specialty, BankFixture.Occupation, "theory: { minutes: 30"
        },
        {
            "a blueprint shorter than the 规范's minutes", () => SpecialtyFixture.Create().Replace(BankFixture.Blueprints, "    minutes: 60", "    minutes: 50"),
            BankRules.Blueprint, BankFixture.Blueprints, "- mode: practical"
        },
        {
            "a bank with levels and a blueprint without one", () => new BankFixture().Replace(BankFixture.Blueprints, "  - level: 5\n    mode: practical", "  - mode: practical"),
            BankRules.MissingField, BankFixture.Blueprints, "- mode: practical"
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Validate_DamagedSpecialty_FiresTheRuleAtTheLine(string damage, Func<BankFixture> build, string rule, string file, string marker)
    {
        var fixture = build();

        var errors = fixture.Load().Errors.ToList();

        Assert.True(errors.Any(p => p.Rule == rule && p.Location.File == file && p.Location.Line == fixture.LineOf(file, marker)),
            $"{damage}: expected {rule} at {file}:{fixture.LineOf(file, marker)}, got:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void Validate_SpecialtyWithoutPractical_WarnsAndStaysValid()
    {
        var fixture = SpecialtyFixture.Create()
            .Replace(BankFixture.Occupation, "\n    practical: { minutes: 60, pass-mark: 60 }", "")
            .Replace(BankFixture.Blueprints, "\n  - mode: practical\n    minutes: 60\n    tasks: { basic: 1, cooking: 1 }", "");

        var result = fixture.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        var warning = Assert.Single(result.Problems);
        Assert.Equal((ProblemSeverity.Warning, BankRules.Specialty), (warning.Severity, warning.Rule));
    }

    [Fact]
    public void Validate_UnreadableSpecialtySection_IsNotTakenForABankWithLevels()
    {
        var fixture = SpecialtyFixture.Create().Replace(BankFixture.Occupation, "    audience: 从事或准备从事家庭清洁的人员。\n", "");

        var result = fixture.Load();

        Assert.Null(result.Bank);
        Assert.Contains(result.Errors, p => p.Rule == BankRules.MissingField && p.Message.Contains("audience", StringComparison.Ordinal));
    }
}
