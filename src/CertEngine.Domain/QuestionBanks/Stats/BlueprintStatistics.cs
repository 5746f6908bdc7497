namespace CertEngine.Domain.QuestionBanks.Stats;

/// <summary>What a bank holds for one theory blueprint (a level and 工种) against what its papers draw.</summary>
/// <param name="PaperItems">Items on one paper.</param>
/// <param name="Contents">Each cell followed by the nodes beneath it, in blueprint order.</param>
/// <param name="Pools">Each cell × type the blueprint draws from.</param>
public sealed record BlueprintStatistics(
    int Level,
    string? WorkType,
    int PaperItems,
    IReadOnlyList<ContentStatistics> Contents,
    IReadOnlyList<PoolStatistics> Pools)
{
    /// <summary>Items two random papers share on average: the sum of <see cref="PoolStatistics.ExpectedOverlap"/>.</summary>
    public double ExpectedOverlap => Pools.Sum(p => p.ExpectedOverlap);

    /// <summary>The pools holding fewer than the minimum ratio × their draw.</summary>
    public IEnumerable<PoolStatistics> ThinPools => Pools.Where(p => p.IsThin);
}
