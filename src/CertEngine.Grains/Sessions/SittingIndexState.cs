using CertEngine.Contracts.Sessions;

namespace CertEngine.Grains.Sessions;

/// <summary>What an older release stored as one list of sittings: moved into the record store on activation, then cleared.</summary>
[GenerateSerializer, Alias("certengine.SittingIndexState")]
public sealed class SittingIndexState
{
    /// <summary>Listings by session id.</summary>
    [Id(0)] public Dictionary<string, SittingListing> Sittings { get; set; } = [];
}
