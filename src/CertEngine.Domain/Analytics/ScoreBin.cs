namespace CertEngine.Domain.Analytics;

/// <summary>One bar of a score distribution: attempts scoring from <paramref name="From"/> (inclusive) to <paramref name="To"/> (exclusive; the last bar includes 100).</summary>
/// <param name="From">The lower end, inclusive.</param>
/// <param name="To">The upper end, exclusive except for the last bar.</param>
/// <param name="Count">Attempts in the bar.</param>
public sealed record ScoreBin(double From, double To, long Count);
