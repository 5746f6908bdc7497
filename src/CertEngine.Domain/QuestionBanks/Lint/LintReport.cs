namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>What <see cref="BankLinter"/> found: problems (errors and warnings, with file and line) and the measured figures.</summary>
public sealed record LintReport(IReadOnlyList<BankProblem> Problems, IReadOnlyList<LintFigure> Figures)
{
    /// <summary>The problems that are errors.</summary>
    public IEnumerable<BankProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    /// <summary>True when no problem is an error.</summary>
    public bool IsClean => !Errors.Any();
}
