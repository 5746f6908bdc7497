namespace CertEngine.Contracts.Candidates;

/// <summary>A candidate's admission to a track: the eligibility condition met and the evidence it rests on (资格审核).</summary>
[GenerateSerializer, Immutable, Alias("certengine.Enrolment")]
public sealed record Enrolment(
    [property: Id(0)] string TrackKey,
    [property: Id(1)] string ConditionId,
    [property: Id(2)] IReadOnlyList<string> EvidenceIds,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Actor);
