namespace CertEngine.Contracts;

/// <summary>
/// The audit trail of one subject: the single writer of its hash chain in the record store. Key: the subject, e.g.
/// <c>session/S-001</c>, <c>certificate/S0000…</c>.
/// </summary>
/// <remarks>Append-only: there is no method to change or remove a record. One grain per subject keeps it off any hot path.</remarks>
public interface IAuditTrailGrain : IGrainWithStringKey
{
    /// <summary>
    /// Appends records in order, after those of earlier calls; returns once they are stored. Interleaves: calls arriving
    /// while a write is under way are stored together in the next one.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task AppendAsync(IReadOnlyList<AuditRecord> records);

    /// <summary>
    /// Appends <paramref name="record"/> unless the trail already holds a record of the same action; returns the first
    /// record of that action (the one already there, or this one). Atomic on the trail, so two callers never both append.
    /// </summary>
    Task<AuditRecord> AppendOnceAsync(AuditRecord record);

    /// <summary>The records, oldest first (at most ten thousand; the audit API pages through the whole log).</summary>
    Task<IReadOnlyList<AuditRecord>> GetAsync();

    /// <summary>Activates the trail, which moves a trail stored by an older release into the chain; does nothing else.</summary>
    Task MigrateAsync();
}
