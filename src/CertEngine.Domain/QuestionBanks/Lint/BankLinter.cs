namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// Flags what <see cref="BankValidator"/> cannot prove but a reviewer would (审题): cues that give the key away, items that
/// restate each other without being enemies, 判断 and difficulty out of balance, content filed at another level. Bank-level
/// figures outside their thresholds are errors; findings on one item are warnings. Thresholds are data (<see cref="LintRules"/>).
/// </summary>
public static class BankLinter
{
    private static readonly IBankLintRule[] Checks =
    [
        new KeyLongestRule(), new WordCueRule(), new StemEchoRule(), new AllOrNoneRule(), new NegativeStemRule(),
        new NearDuplicateRule(), new JudgeBalanceRule(), new DifficultySpreadRule(), new ElementLevelRule(),
    ];

    /// <summary>Lints a bank with its own thresholds (<see cref="Bank.LintRules"/>); an error when it has none.</summary>
    public static LintReport Lint(Bank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return bank.LintRules is { } rules
            ? Lint(bank, rules)
            : new LintReport([new BankProblem(ProblemSeverity.Error, BankLintRules.Thresholds, bank.Occupation.Location,
                $"没有审题阈值：{BankLoader.CatalogueFile} 中应有 lint: 部分 (no lint thresholds: {BankLoader.CatalogueFile} should hold a lint: section)")], []);
    }

    /// <summary>Lints a bank with the given thresholds.</summary>
    public static LintReport Lint(Bank bank, LintRules rules)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(rules);
        var context = new LintContext(bank, rules);
        foreach (var check in Checks)
        {
            check.Check(context);
        }

        return new LintReport(context.Problems, context.Figures);
    }
}
