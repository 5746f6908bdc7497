namespace CertEngine.Contracts.Tracks;

/// <summary>One published version of a code's track rules (认定规则): who published it, when, why, and its text's hash.</summary>
/// <param name="Version">The version number (1, 2, …; 0 is the shipped file and is never stored).</param>
/// <param name="PublishedBy">The staff user name.</param>
/// <param name="PublishedAt">When (server time).</param>
/// <param name="Note">Why the rules changed, as the publisher wrote it.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the YAML text's UTF-8 bytes.</param>
[GenerateSerializer, Immutable, Alias("certengine.TrackRulesVersionInfo")]
public sealed record TrackRulesVersionInfo(
    [property: Id(0)] int Version,
    [property: Id(1)] string PublishedBy,
    [property: Id(2)] DateTimeOffset PublishedAt,
    [property: Id(3)] string Note,
    [property: Id(4)] string Sha256);
