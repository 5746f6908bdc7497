namespace CertEngine.Contracts.Sessions;

/// <summary>
/// What a centre schedules: the track and component, centre and room, start time and minutes (≥ the track's), the
/// proctors, the roster, and for practical and review sittings the assessors (考评员) and the chief (考评组长); the room's
/// seats (<see cref="Capacity"/>: 0 for sittings scheduled before rooms had seats, which bounds nothing); the 督导员
/// watching it (<see cref="Supervisors"/>: null for sittings scheduled before supervision, read as none), who do not
/// count toward the proctor staffing; the exam batch (批次) it is scheduled into (<see cref="BatchId"/>: null for a
/// sitting in none, as every sitting scheduled before batches existed, which is its own batch for tickets).
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.SessionPlan")]
public sealed record SessionPlan(
    [property: Id(0)] string TrackKey,
    [property: Id(1)] ExamComponent Component,
    [property: Id(2)] string Centre,
    [property: Id(3)] string Room,
    [property: Id(4)] DateTimeOffset StartsAt,
    [property: Id(5)] int Minutes,
    [property: Id(6)] IReadOnlyList<string> Proctors,
    [property: Id(7)] IReadOnlyList<SeatAssignment> Roster,
    [property: Id(8)] IReadOnlyList<string> Assessors,
    [property: Id(9)] string? ChiefAssessor,
    [property: Id(10)] int Capacity = 0,
    [property: Id(11)] IReadOnlyList<string>? Supervisors = null,
    [property: Id(12)] string? BatchId = null);
