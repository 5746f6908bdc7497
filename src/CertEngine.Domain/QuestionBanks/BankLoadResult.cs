namespace CertEngine.Domain.QuestionBanks;

/// <summary>What loading a bank gave: the bank (null when it could not be assembled at all) and every problem found.</summary>
public sealed record BankLoadResult(Bank? Bank, IReadOnlyList<BankProblem> Problems)
{
    /// <summary>True when there is a bank and no error (warnings allowed).</summary>
    public bool IsValid => Bank is not null && Problems.All(p => p.Severity != ProblemSeverity.Error);

    /// <summary>The problems that are errors.</summary>
    public IEnumerable<BankProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
}
