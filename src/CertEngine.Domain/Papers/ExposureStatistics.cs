namespace CertEngine.Domain.Papers;

/// <summary>Item exposure over a batch of papers of one session (seats 0 … Papers − 1).</summary>
/// <param name="Papers">How many papers were measured.</param>
/// <param name="WorstMaxOverMean">
/// Over every cell × item type pool: the greatest ratio of the most-drawn item's count to the pool's mean count
/// (draws ÷ pool size). 1 is perfectly even; the target is ≤ 1.1.
/// </param>
/// <param name="WorstPool">The pool with that ratio, as <c>cell/type</c> (e.g. <c>cooking/single</c>).</param>
/// <param name="MaxNeighbourOverlap">The most items that seats s and s + 1 share, over all neighbouring pairs.</param>
/// <param name="MeanNeighbourOverlap">The mean number of items shared by neighbouring seats (0 when one paper).</param>
public sealed record ExposureStatistics(int Papers, decimal WorstMaxOverMean, string WorstPool, int MaxNeighbourOverlap, double MeanNeighbourOverlap);
