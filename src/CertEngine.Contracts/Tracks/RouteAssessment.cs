namespace CertEngine.Contracts.Tracks;

/// <summary>One route of a track's 申报条件 checked against a candidate's evidence.</summary>
/// <param name="ConditionId">The condition's id.</param>
/// <param name="Title">The route in the data's words (Chinese).</param>
/// <param name="Unconfirmed">True when the route is a default not confirmed by the official text.</param>
/// <param name="Met">Whether the evidence meets it.</param>
/// <param name="EvidenceIds">When met, the evidence it uses.</param>
/// <param name="ToCheck">When met, the evidence a person must check first (资格审核); empty when none.</param>
/// <param name="Why">When not met, why its first failing requirement fails (by how much, in the args).</param>
[GenerateSerializer, Immutable, Alias("certengine.RouteAssessment")]
public sealed record RouteAssessment(
    [property: Id(0)] string ConditionId,
    [property: Id(1)] string Title,
    [property: Id(2)] bool Unconfirmed,
    [property: Id(3)] bool Met,
    [property: Id(4)] IReadOnlyList<string> EvidenceIds,
    [property: Id(5)] IReadOnlyList<string> ToCheck,
    [property: Id(6)] Refusal? Why);
