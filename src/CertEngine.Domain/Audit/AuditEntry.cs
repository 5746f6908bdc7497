namespace CertEngine.Domain.Audit;

/// <summary>
/// One append-only audit record (审计记录): who did what to which subject, when and why.
/// Records are never changed or deleted (RULES.md §11).
/// </summary>
/// <param name="At">When, by the server's clock.</param>
/// <param name="Actor">Who: a staff account, a candidate's ticket, or "system" for the clock and reminders.</param>
/// <param name="Action">What, as a stable dotted name, e.g. <c>session.paused</c>.</param>
/// <param name="Subject">What it concerns, e.g. <c>session/S-001</c> or <c>certificate/S0000…</c>.</param>
/// <param name="Reason">Why, as given by the actor; empty only for automatic steps.</param>
/// <param name="Details">Facts of the change (old and new score, minutes granted …); never answers, keys or full ID numbers.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Subject, string Reason, string Details);
