namespace CertEngine.Contracts.Tracks;

/// <summary>A track's 申报条件 checked route by route against a candidate's evidence today; changes nothing.</summary>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="Version">The rule set's version.</param>
/// <param name="Source">Where the rules come from, or <see langword="null"/>.</param>
/// <param name="Reviewed">The evidence kinds a person checks before they admit (<c>work</c>, <c>certificate</c> …).</param>
/// <param name="Routes">Every route, in the rule set's order.</param>
/// <param name="Unreadable">Why a piece of evidence could not be read, or <see langword="null"/>; the routes are empty then.</param>
[GenerateSerializer, Immutable, Alias("certengine.EligibilityAssessment")]
public sealed record EligibilityAssessment(
    [property: Id(0)] string RuleSetId,
    [property: Id(1)] int Version,
    [property: Id(2)] string? Source,
    [property: Id(3)] IReadOnlyList<string> Reviewed,
    [property: Id(4)] IReadOnlyList<RouteAssessment> Routes,
    [property: Id(5)] Refusal? Unreadable);
