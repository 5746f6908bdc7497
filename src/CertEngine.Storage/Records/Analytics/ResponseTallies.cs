using CertEngine.Domain.Analytics;

namespace CertEngine.Storage.Records.Analytics;

/// <summary>The responses of a bank version summed per track and item (id and version).</summary>
/// <param name="ByTrack">Track → its items' tallies.</param>
/// <param name="Responses">Responses read.</param>
/// <param name="Truncated">True when more than <see cref="IItemAnalysisRecords.MaxTallies"/> (track, item) pairs were met:
/// the pairs past the cap were not counted.</param>
public sealed record ResponseTallies(IReadOnlyDictionary<string, IReadOnlyList<ItemTally>> ByTrack, long Responses, bool Truncated);
