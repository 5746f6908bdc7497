namespace CertEngine.Domain.Analytics;

/// <summary>The codes of <see cref="ItemFlag"/> (stable: the API and the export carry them).</summary>
public static class ItemFlagCodes
{
    /// <summary>p above <see cref="ItemFlagBounds.TooEasyAbove"/> (太易).</summary>
    public const string TooEasy = "too-easy";

    /// <summary>p below <see cref="ItemFlagBounds.TooHardBelow"/> (太难).</summary>
    public const string TooHard = "too-hard";

    /// <summary>The point-biserial below 0 (负区分度).</summary>
    public const string NegativeDiscrimination = "negative-discrimination";

    /// <summary>The point-biserial from 0 up to <see cref="ItemFlagBounds.LowDiscriminationBelow"/> (区分度低).</summary>
    public const string LowDiscrimination = "low-discrimination";

    /// <summary>A distractor chosen by at most <see cref="ItemFlagBounds.UnchosenDistractorAtMost"/> (干扰项无人选).</summary>
    public const string DistractorUnchosen = "distractor-unchosen";

    /// <summary>A distractor chosen more than the key by the upper group (高分组多选干扰项).</summary>
    public const string DistractorBeatsKey = "distractor-beats-key";
}
