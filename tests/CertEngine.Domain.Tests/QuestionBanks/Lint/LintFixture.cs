using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Lint;

namespace CertEngine.Domain.Tests.QuestionBanks.Lint;

/// <summary>
/// <see cref="BankFixture"/> with a <c>lint:</c> section in its catalogue, and helpers to add items written for one rule.
/// The thresholds are written here, not read from the shipped catalogue, so a change there does not move these tests.
/// </summary>
public sealed class LintFixture
{
    public const string LintSection = """

        lint:
          max-key-longest-share: 0.30
          key-longest-ratio: 1.3
          absolute-words: [一律, 只要, 一定, 必须, 绝对, 完全, 所有, 从不, 总是, 越…越, 直接, 不必, 无需, 任何]
          hedge-words: [一般, 通常, 可能, 适当, 尽量, 根据情况, 不一定]
          max-word-gap: 0.05
          max-judge-word-gap: 0.15
          stem-echo-share: 0.6
          stem-echo-margin: 0.3
          all-or-none-options: [以上都对, 以上都不对]
          negative-words: [不正确, 错误的是, 不属于]
          emphasis-marks: ["“", "【", "*"]
          stop-words: [下列, 以下, 说法, 做法, 正确的是, 的, 是, 应]
          near-duplicate-similarity: 0.45
          max-restates-lower-share: 0.10
          min-judge-true-share: 0.4
          max-judge-true-share: 0.6
          max-difficulty-share: 0.5
          min-difficulty-ratings: 3
          hard-difficulty: 4
          min-hard-share: 0.10
          element-match-share: 0.6
        """;

    public LintFixture()
    {
        Bank.Append(BankFixture.Catalogue, LintSection);
    }

    public BankFixture Bank { get; } = new();

    /// <summary>Appends a 单选 to the items file.</summary>
    public LintFixture Single(string id, string stem, string a, string b, string c, string d, string key = "A",
        string element = "cooking.001", int difficulty = 2, string? enemies = null)
    {
        Bank.Append(BankFixture.Items, $"""
              - id: {id}
                version: 1
                type: single
                element: {element}
                difficulty: {difficulty}
                stem: {stem}
                options:
                  A: {a}
                  B: {b}
                  C: {c}
                  D: {d}
                key: {key}
            {(enemies is null ? "" : $"    enemies: [{enemies}]\n")}
            """);
        return this;
    }

    /// <summary>Appends a 判断 to the items file.</summary>
    public LintFixture Judge(string id, string stem, bool key, string element = "cooking.001", int difficulty = 2)
    {
        Bank.Append(BankFixture.Items, $"""
              - id: {id}
                version: 1
                type: judge
                element: {element}
                difficulty: {difficulty}
                stem: {stem}
                key: {(key ? "true" : "false")}

            """);
        return this;
    }

    /// <summary>Gives the occupation levels 5 and 4: the fixture's cooking node becomes 五级, and cooking4 (element cooking4.001) 四级.</summary>
    public LintFixture WithLevelFour()
    {
        Bank.Replace(BankFixture.Occupation, "levels: [5]", "levels: [5, 4]")
            .Replace(BankFixture.Syllabus, "name: 家庭餐制作\n", "name: 家庭餐制作\n        levels: [5]\n")
            .WithFile("bank/syllabus-4.yaml", """
                parent: related
                nodes:
                  - id: cooking4
                    name: 家庭餐制作（四级）
                    levels: [4]
                    elements:
                      - { id: cooking4.001, name: 冷冻肉类的解冻方法, tag: X }
                """)
            .Append(BankFixture.Blueprints, """
                  - level: 4
                    mode: theory
                    minutes: 90
                    sections:
                      - { type: single, count: 10, points: 10 }
                    cells:
                      cooking4: { single: 10 }
                """);
        return this;
    }

    /// <summary>Loads the bank and lints it.</summary>
    public LintReport Lint()
    {
        var loaded = Bank.Load();
        Assert.NotNull(loaded.Bank);
        return BankLinter.Lint(loaded.Bank);
    }

    /// <summary>The problems of one rule.</summary>
    public static List<BankProblem> Of(LintReport report, string rule) => report.Problems.Where(p => p.Rule == rule).ToList();
}
