namespace CertEngine.Domain.Supervision;

/// <summary>What the rules need to know of a sitting's earlier records: how many, and its current signed one (the latest signed), if any.</summary>
/// <param name="Count">Records filed so far (drafts, signed records and corrections).</param>
/// <param name="CurrentSigned">The id of the latest signed record, or null when none is signed.</param>
public sealed record SupervisionHistory(int Count, string? CurrentSigned)
{
    /// <summary>A sitting with no record.</summary>
    public static SupervisionHistory None { get; } = new(0, null);
}
