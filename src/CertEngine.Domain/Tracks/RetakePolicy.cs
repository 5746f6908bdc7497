namespace CertEngine.Domain.Tracks;

/// <summary>
/// A track's 补考 rule (RULES.md §8, one 评价机构's rule, unconfirmed default): within the window a candidate may retake
/// only the components they failed, each at most <see cref="RetakesPerComponent"/> times; passed components stay valid
/// for the window.
/// </summary>
/// <param name="WindowDays">
/// Days (≥ 1) counted from the first sitting of a cycle; a sitting on that day plus <paramref name="WindowDays"/> still
/// lies inside the window (inclusive), the day after does not.
/// </param>
/// <param name="RetakesPerComponent">Retakes allowed per component within one window (≥ 0); the first sitting is not a retake.</param>
public sealed record RetakePolicy(int WindowDays, int RetakesPerComponent)
{
    /// <summary>Days in the window, ≥ 1.</summary>
    public int WindowDays { get; } = WindowDays >= 1
        ? WindowDays
        : throw new ArgumentOutOfRangeException(nameof(WindowDays), WindowDays, "the retake window is at least one day");

    /// <summary>Retakes per component, ≥ 0.</summary>
    public int RetakesPerComponent { get; } = RetakesPerComponent >= 0
        ? RetakesPerComponent
        : throw new ArgumentOutOfRangeException(nameof(RetakesPerComponent), RetakesPerComponent, "retakes cannot be negative");

    /// <summary>365 days, one retake per component (RULES.md §8, unconfirmed default).</summary>
    public static RetakePolicy Default { get; } = new(365, 1);

    /// <summary>The last day (inclusive) on which a sitting belongs to the cycle that started on <paramref name="firstSitting"/>.</summary>
    public DateOnly WindowEnd(DateOnly firstSitting) => firstSitting.AddDays(WindowDays);
}
