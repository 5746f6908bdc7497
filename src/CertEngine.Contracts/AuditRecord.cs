namespace CertEngine.Contracts;

/// <summary>One append-only audit record: who did what to which subject, when and why.</summary>
[GenerateSerializer, Immutable, Alias("certengine.AuditRecord")]
public sealed record AuditRecord(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] string Subject,
    [property: Id(4)] string Reason,
    [property: Id(5)] string Details);
