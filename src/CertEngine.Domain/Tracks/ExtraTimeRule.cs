namespace CertEngine.Domain.Tracks;

/// <summary>
/// How much extra time (延时) one candidate may be granted in one sitting, in total: a track setting
/// (<c>extra-time: ceiling-minutes</c> in tracks/defaults.yaml, overridable per occupation). RULES.md gives no figure;
/// the default of 30 minutes, the length of the 30-minute entry and hand-in windows of §4, is (unconfirmed: default).
/// </summary>
/// <param name="CeilingMinutes">The most extra time one candidate's attempt may carry, in minutes, inclusive (≥ 0; 0 allows none).</param>
public sealed record ExtraTimeRule(int CeilingMinutes)
{
    /// <summary>The code default when no tracks data says otherwise: 30 minutes.</summary>
    public static ExtraTimeRule Default { get; } = new(30);

    /// <summary>The ceiling as a duration.</summary>
    public TimeSpan Ceiling => TimeSpan.FromMinutes(CeilingMinutes);

    /// <summary>
    /// True when <paramref name="extension"/> (positive) granted on top of the <paramref name="granted"/> the candidate
    /// already has keeps the total at or under the ceiling.
    /// </summary>
    public bool Allows(TimeSpan granted, TimeSpan extension) => extension > TimeSpan.Zero && granted + extension <= Ceiling;

    /// <summary>What may still be granted after <paramref name="granted"/>, never negative.</summary>
    public TimeSpan RemainingAfter(TimeSpan granted) => granted < Ceiling ? Ceiling - granted : TimeSpan.Zero;
}
