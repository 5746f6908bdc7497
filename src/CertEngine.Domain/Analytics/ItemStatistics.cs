namespace CertEngine.Domain.Analytics;

/// <summary>The analysis of one item (id and version) over the submitted attempts of a bank version (试题分析).</summary>
/// <param name="ItemId">The item id.</param>
/// <param name="Version">The item's version.</param>
/// <param name="Attempts">Submitted papers that drew the item (the base of every share).</param>
/// <param name="P">Facility: the share earning full points, in [0, 1]; null when nobody drew it.</param>
/// <param name="PointBiserial">The corrected item–rest point-biserial correlation, in [−1, 1]; null when undefined (nobody
/// drew it, everybody or nobody got it right, or the rest scores do not vary).</param>
/// <param name="UpperLower">The upper–lower 27 % index p(upper) − p(lower), in [−1, 1]; null when a group is empty.</param>
/// <param name="Options">The share choosing each option, in label order.</param>
/// <param name="Omitted">The share choosing nothing, in [0, 1]; null when nobody drew it.</param>
/// <param name="Exposure">Papers that drew the item (the same count as <paramref name="Attempts"/>).</param>
/// <param name="ExposureRate">Exposure ÷ papers of the bank version, in [0, 1]; null when there are no papers.</param>
/// <param name="MeanSeconds">Mean time on the item in seconds, over the answers to it whose timings the exam page recorded (see
/// <see cref="ItemTally.Timed"/>); null when none was.</param>
/// <param name="Flags">The bounds the item is outside of.</param>
public sealed record ItemStatistics(
    string ItemId,
    int Version,
    long Attempts,
    double? P,
    double? PointBiserial,
    double? UpperLower,
    IReadOnlyList<OptionShare> Options,
    double? Omitted,
    long Exposure,
    double? ExposureRate,
    double? MeanSeconds,
    IReadOnlyList<ItemFlag> Flags);
