namespace CertEngine.Storage.Records.Integrity;

/// <summary>
/// What the record store holds about a sitting's submitted theory attempts, for its integrity signals (issue 20, item 3):
/// responses (migration 0006), answer timings and disconnections (migration 0015), takeovers (the sitting's audit
/// trail, migration 0003). Never grain state.
/// </summary>
public interface ISittingSignalRecords
{
    /// <summary>
    /// The sitting's attempts, each at its latest fact (a regrade supersedes the submission), by seat; at most
    /// <paramref name="cap"/>, with <see cref="SittingRecords.Truncated"/> set when there are more.
    /// </summary>
    Task<SittingRecords> ReadAsync(string sessionId, int cap, CancellationToken cancellationToken = default);
}
