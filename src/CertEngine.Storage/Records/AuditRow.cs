namespace CertEngine.Storage.Records;

/// <summary>One stored audit record with its place and hashes in its subject's chain.</summary>
/// <param name="Subject">The chain, e.g. <c>session/S-001</c>.</param>
/// <param name="Sequence">Its place in the chain, from 1.</param>
/// <param name="FactId">The stable id under which it was written once.</param>
/// <param name="At">When (UTC, microsecond precision).</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What.</param>
/// <param name="Reason">Why.</param>
/// <param name="Details">Facts of the change.</param>
/// <param name="PreviousHash">The hash of the record before it, or the genesis hash.</param>
/// <param name="Hash">Its own hash.</param>
public sealed record AuditRow(
    string Subject, long Sequence, string FactId, DateTimeOffset At, string Actor, string Action, string Reason, string Details,
    string PreviousHash, string Hash);
