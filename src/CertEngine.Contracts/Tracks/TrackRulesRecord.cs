namespace CertEngine.Contracts.Tracks;

/// <summary>A published version of a code's track rules as stored: its facts and the whole YAML text, never changed.</summary>
/// <param name="Info">Number, publisher, time, note and hash.</param>
/// <param name="Code">The occupation or 专项 code (<c>4-10-01-06</c>, <c>ZX-MYHL</c>).</param>
/// <param name="Yaml">The tracks file (<c>tracks/&lt;code&gt;.yaml</c>, docs/tracks.md).</param>
[GenerateSerializer, Immutable, Alias("certengine.TrackRulesRecord")]
public sealed record TrackRulesRecord(
    [property: Id(0)] TrackRulesVersionInfo Info,
    [property: Id(1)] string Code,
    [property: Id(2)] string Yaml);
