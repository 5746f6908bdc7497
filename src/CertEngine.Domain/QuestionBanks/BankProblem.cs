namespace CertEngine.Domain.QuestionBanks;

/// <summary>How serious a problem found in a bank is.</summary>
public enum ProblemSeverity
{
    /// <summary>The bank cannot be published while this stands.</summary>
    Error,

    /// <summary>Worth a look; does not stop publication.</summary>
    Warning,
}

/// <summary>One problem found while loading or validating a bank, with where it was written.</summary>
/// <param name="Rule">A stable rule name (<see cref="BankRules"/>), for tests and for searching the guide.</param>
public sealed record BankProblem(ProblemSeverity Severity, string Rule, SourceLocation Location, string Message)
{
    /// <summary>Formats as <c>file:line: message</c>.</summary>
    public override string ToString() =>
        Severity == ProblemSeverity.Error ? $"{Location}: {Message}" : $"{Location}: 警告 warning: {Message}";
}
