using CertEngine.Contracts.Tracks;

namespace CertEngine.Grains.Tracks;

/// <summary>The stored state of one code's web-published track rules: every version whole, oldest first, never changed.</summary>
[GenerateSerializer, Alias("certengine.TrackRulesState")]
public sealed class TrackRulesState
{
    /// <summary>The published versions, oldest first (numbers 1, 2, … without gaps).</summary>
    [Id(0)] public List<TrackRulesRecord> Versions { get; set; } = [];
}
