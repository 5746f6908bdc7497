namespace CertEngine.Domain.Audit;

/// <summary>One record as the audit chain hashes it (<see cref="AuditChain"/>).</summary>
/// <param name="Subject">The chain it belongs to, e.g. <c>session/S-001</c>.</param>
/// <param name="Sequence">Its place in the chain, from 1, without gaps.</param>
/// <param name="FactId">A stable id: writing the same fact twice stores it once.</param>
/// <param name="AtMicroseconds">When, in microseconds since the Unix epoch (<see cref="AuditChain.MicrosecondsOf"/>).</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What, as a dotted name.</param>
/// <param name="Reason">Why, as given.</param>
/// <param name="Details">Facts of the change.</param>
public sealed record AuditLink(
    string Subject, long Sequence, string FactId, long AtMicroseconds, string Actor, string Action, string Reason, string Details);
