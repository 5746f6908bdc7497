namespace CertEngine.Contracts.Tracks;

/// <summary>A request to publish a code's edited track rules as its next version.</summary>
/// <param name="Yaml">The whole tracks file of the code.</param>
/// <param name="Note">Why the rules change (required).</param>
/// <param name="Actor">The staff user name publishing it.</param>
[GenerateSerializer, Immutable, Alias("certengine.TrackRulesPublication")]
public sealed record TrackRulesPublication(
    [property: Id(0)] string Yaml,
    [property: Id(1)] string Note,
    [property: Id(2)] string Actor);
