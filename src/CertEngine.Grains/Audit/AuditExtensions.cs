using CertEngine.Contracts;

namespace CertEngine.Grains.Audit;

/// <summary>Appending to a subject's audit trail from inside a grain.</summary>
public static class AuditExtensions
{
    /// <summary>Appends one record to the trail of <paramref name="subject"/>, stamped with the server's clock.</summary>
    public static Task AuditAsync(
        this IGrainFactory grains, TimeProvider clock, string subject, string actor, string action, string reason, string details = "") =>
        grains.GetGrain<IAuditTrailGrain>(subject).AppendAsync([new AuditRecord(clock.GetUtcNow(), actor, action, subject, reason, details)]);
}
