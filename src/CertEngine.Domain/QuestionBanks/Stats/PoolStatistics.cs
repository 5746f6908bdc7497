namespace CertEngine.Domain.QuestionBanks.Stats;

/// <summary>One blueprint cell × item type: what the bank holds against what one paper draws.</summary>
/// <param name="NodeId">The cell's node (the lowest weighted node, usually a 职业功能 or a part of 基础知识).</param>
/// <param name="Type">The item type.</param>
/// <param name="Drawn">Items one paper draws from the pool.</param>
/// <param name="Pool">Items of the type under the node that the level's papers may draw.</param>
/// <param name="MinPoolRatio">The bank's <see cref="PublicationRules.MinPoolRatio"/>.</param>
public sealed record PoolStatistics(string NodeId, ItemType Type, int Drawn, int Pool, decimal MinPoolRatio)
{
    /// <summary>Pool ÷ drawn (0 when nothing is drawn).</summary>
    public decimal Ratio => Drawn == 0 ? 0 : Math.Round((decimal)Pool / Drawn, 2);

    /// <summary>
    /// Items two papers drawn independently at random share from this pool, on average: drawn² ÷ pool (each of one
    /// paper's k items is on the other with probability k ÷ P). All k when the pool is no larger than the draw.
    /// </summary>
    public double ExpectedOverlap => Pool <= Drawn ? Drawn : (double)Drawn * Drawn / Pool;

    /// <summary>True when the pool holds fewer than <see cref="MinPoolRatio"/> × the draw (bounds inclusive: equal is not thin).</summary>
    public bool IsThin => Drawn > 0 && Pool < Drawn * MinPoolRatio;
}
