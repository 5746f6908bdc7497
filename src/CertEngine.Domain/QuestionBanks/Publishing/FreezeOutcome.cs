namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>The result of applying the publication rules to a source bank (<see cref="BankVersions.Freeze"/>).</summary>
public abstract record FreezeOutcome
{
    private FreezeOutcome()
    {
    }

    /// <summary>The bank may be published as <paramref name="Version"/>; nothing is written yet.</summary>
    public sealed record Frozen(FrozenVersion Version) : FreezeOutcome;

    /// <summary>The bank may not be published: every problem that stops it.</summary>
    public sealed record Refused(IReadOnlyList<BankProblem> Problems) : FreezeOutcome;
}
