namespace CertEngine.Contracts;

/// <summary>The audit trail of one subject. Key: the subject, e.g. <c>session/S-001</c>, <c>certificate/S0000…</c>.</summary>
/// <remarks>Append-only: there is no method to change or remove a record. One grain per subject keeps it off any hot path.</remarks>
public interface IAuditTrailGrain : IGrainWithStringKey
{
    /// <summary>Appends records in order.</summary>
    Task AppendAsync(IReadOnlyList<AuditRecord> records);

    /// <summary>Every record, oldest first.</summary>
    Task<IReadOnlyList<AuditRecord>> GetAsync();
}
