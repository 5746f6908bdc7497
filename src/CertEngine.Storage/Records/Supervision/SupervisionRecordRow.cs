using CertEngine.Domain.Supervision;

namespace CertEngine.Storage.Records.Supervision;

/// <summary>One filing of a sitting's supervision record (督导记录, migration 0014): a draft, a signed record or a signed correction.</summary>
/// <param name="RecordId">The record's id (unique).</param>
/// <param name="SessionId">The sitting.</param>
/// <param name="TrackKey">The sitting's track.</param>
/// <param name="Supervisor">The 督导员's user name.</param>
/// <param name="SupervisorName">Their display name when filed.</param>
/// <param name="External">Whether they were external (外部) when filed.</param>
/// <param name="Signed">Whether it is signed (签字确认: final).</param>
/// <param name="Corrects">The signed record this one corrects, or null.</param>
/// <param name="Entries">The checklist answers.</param>
/// <param name="Notes">Overall notes.</param>
/// <param name="At">When it was filed (and, when signed, signed), UTC.</param>
public sealed record SupervisionRecordRow(
    string RecordId, string SessionId, string TrackKey, string Supervisor, string SupervisorName, bool External, bool Signed,
    string? Corrects, IReadOnlyList<SupervisionEntry> Entries, string Notes, DateTimeOffset At);
