namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>The result of publishing a bank version.</summary>
public abstract record PublishOutcome
{
    private PublishOutcome()
    {
    }

    /// <summary>The version was written to <paramref name="Directory"/> and is now frozen.</summary>
    public sealed record Published(int Version, string Directory, int Items, int Tasks) : PublishOutcome;

    /// <summary>Nothing was written: the bank has errors, or items changed without a new version.</summary>
    public sealed record Refused(IReadOnlyList<BankProblem> Problems) : PublishOutcome;
}
