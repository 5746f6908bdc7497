namespace CertEngine.Domain.Analytics;

/// <summary>
/// The bounds outside which an item is flagged for its author, kept as data (<c>question-banks/item-analysis.yaml</c>);
/// the defaults here are the usual classical-test-theory rules of thumb.
/// </summary>
/// <param name="MinAttempts">Items drawn by fewer attempts are not flagged at all (too few to judge); at least 1.</param>
/// <param name="TooEasyAbove">p above this is too easy (exclusive), in [0, 1].</param>
/// <param name="TooHardBelow">p below this is too hard (exclusive), in [0, 1].</param>
/// <param name="LowDiscriminationBelow">A point-biserial from 0 up to this (exclusive) is low; below 0 is negative.</param>
/// <param name="UnchosenDistractorAtMost">A distractor whose share is at most this (inclusive) is one nobody chooses.</param>
public sealed record ItemFlagBounds(
    int MinAttempts = 30,
    double TooEasyAbove = 0.90,
    double TooHardBelow = 0.20,
    double LowDiscriminationBelow = 0.20,
    double UnchosenDistractorAtMost = 0.01)
{
    /// <summary>The defaults.</summary>
    public static ItemFlagBounds Default { get; } = new();

    /// <summary>Whether the bounds make sense (shares in [0, 1], too hard below too easy, at least one attempt).</summary>
    public bool IsValid =>
        MinAttempts >= 1 && InUnit(TooEasyAbove) && InUnit(TooHardBelow) && TooHardBelow < TooEasyAbove
        && LowDiscriminationBelow is >= 0 and <= 1 && InUnit(UnchosenDistractorAtMost);

    private static bool InUnit(double value) => value is >= 0 and <= 1;
}
