namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>One lint check over a whole bank.</summary>
internal interface IBankLintRule
{
    void Check(LintContext context);
}
