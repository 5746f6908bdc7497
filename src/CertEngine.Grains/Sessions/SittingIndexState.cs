using CertEngine.Contracts.Sessions;

namespace CertEngine.Grains.Sessions;

/// <summary>The stored list of sittings of one index.</summary>
[GenerateSerializer, Alias("certengine.SittingIndexState")]
public sealed class SittingIndexState
{
    /// <summary>Listings by session id.</summary>
    [Id(0)] public Dictionary<string, SittingListing> Sittings { get; set; } = [];
}
