namespace CertEngine.Domain.Integrity;

/// <summary>
/// A pair of candidates with more identical wrong answers than their items' wrong-answer shares make likely (a signal to
/// review, not a verdict): the evidence and the bound it passed. See <see cref="CopyingStatistic"/>.
/// </summary>
/// <param name="SeatA">The lower seat.</param>
/// <param name="SeatB">The higher seat.</param>
/// <param name="Neighbours">Whether the seats are neighbours (<see cref="SignalBounds.NeighbourDistance"/>).</param>
/// <param name="CommonItems">Items both papers hold.</param>
/// <param name="BothWrong">Items both answered wrongly (omissions are not wrong answers here).</param>
/// <param name="IdenticalWrong">Of those, the items where they chose the same wrong answer (M).</param>
/// <param name="Expected">The expected number of identical wrong answers, Σ c_k over the both-wrong items.</param>
/// <param name="PValue">P(X ≥ M), X Poisson-binomial with the probabilities c_k: the statistic's value.</param>
/// <param name="Threshold">The bound it is compared with: alpha ÷ the pairs compared in its group.</param>
/// <param name="Flagged">Whether <see cref="PValue"/> ≤ <see cref="Threshold"/> and M ≥ <see cref="SignalBounds.MinIdenticalWrong"/>.</param>
public sealed record CopyingPair(
    int SeatA, int SeatB, bool Neighbours, int CommonItems, int BothWrong, int IdenticalWrong, double Expected, double PValue, double Threshold, bool Flagged);
