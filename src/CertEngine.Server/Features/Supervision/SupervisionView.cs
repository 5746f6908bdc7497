namespace CertEngine.Server.Features.Supervision;

/// <summary>One checklist item as the API and the page show it.</summary>
public sealed record ChecklistItemView(string Id, string Chinese, string English);

/// <summary>One answered item of a record: <see cref="Answer"/> is <c>conforms</c>, <c>nonconforming</c>, <c>not-applicable</c> or null (open).</summary>
public sealed record SupervisionEntryView(string Item, string? Answer, string Note);

/// <summary>
/// One filed record: a draft, a signed record (<see cref="Signed"/>: final) or a signed correction naming the record it
/// <see cref="Corrects"/>; who filed it, internal or external (<see cref="External"/>), and when (<see cref="At"/>: the
/// sign-off's time when signed).
/// </summary>
public sealed record SupervisionRecordView(
    string RecordId, string Supervisor, string SupervisorName, bool External, bool Signed, string? Corrects, DateTimeOffset At,
    IReadOnlyList<SupervisionEntryView> Answers, string Notes);

/// <summary>
/// A sitting's supervision: whether its track requires a signed record (逢考必督), whether it has one
/// (<see cref="Signed"/>; <see cref="CurrentSigned"/>: the latest signed record, the one a correction names), the
/// checklist, and every record filed, oldest first.
/// </summary>
public sealed record SupervisionView(
    string SessionId, string TrackKey, string Status, bool Required, bool Signed, string? CurrentSigned,
    IReadOnlyList<ChecklistItemView> Checklist, IReadOnlyList<SupervisionRecordView> Records);
