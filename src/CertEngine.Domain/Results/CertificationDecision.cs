using System.Globalization;

namespace CertEngine.Domain.Results;

/// <summary>Whether a candidate's component results earn the track's certificate (RULES.md §2, §7, §8).</summary>
public abstract record CertificationDecision
{
    private CertificationDecision()
    {
    }

    /// <summary>Every required component passed within one cycle's window: the results counted, one per component, in track order.</summary>
    public sealed record Ready(IReadOnlyList<ComponentResult> Counted) : CertificationDecision;

    /// <summary>
    /// The current cycle is open: <paramref name="Missing"/> components still need a pass, by
    /// <paramref name="WindowEnds"/> (inclusive; null before any sitting); <paramref name="Passed"/> stay valid until then.
    /// </summary>
    public sealed record NotYet(IReadOnlyList<ComponentProgress> Missing, IReadOnlyList<ComponentResult> Passed, DateOnly? WindowEnds)
        : CertificationDecision;

    /// <summary>
    /// The cycle that started on <paramref name="CycleStarted"/> can no longer complete: its passed results
    /// (<paramref name="LapsedPassed"/>) lapsed and the candidate starts again, every component, at the next sitting.
    /// </summary>
    /// <param name="WindowEnds">The cycle window's last day (inclusive).</param>
    public sealed record Lapsed(LapseCause Cause, DateOnly CycleStarted, DateOnly WindowEnds, IReadOnlyList<ComponentResult> LapsedPassed)
        : CertificationDecision
    {
        /// <summary>The lapse in a centre manager's words, Chinese first.</summary>
        public string Reason => Cause == LapseCause.WindowEnded
            ? $"自 {Date(CycleStarted)} 起的补考期已于 {Date(WindowEnds)} 结束，已合格科目成绩失效，须重新参加全部科目 (the window ended on {Date(WindowEnds)}; passed parts lapsed, start again)"
            : $"自 {Date(CycleStarted)} 起的本轮认定补考次数已用完，已合格科目成绩失效，须重新参加全部科目 (retakes are used up; passed parts lapsed, start again)";
    }

    /// <summary>A void result (成绩无效) blocks certification.</summary>
    public sealed record Blocked(string Reason) : CertificationDecision;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
