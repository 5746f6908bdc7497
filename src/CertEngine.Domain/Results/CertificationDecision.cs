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
        : CertificationDecision
    {
        /// <summary>Why no certificate yet: the components still to pass.</summary>
        public Refused<CertificationRefusal> Why => Refused.Of(CertificationRefusal.NotYetPassed, string.Join(',', Missing.Select(m => m.Kind)));
    }

    /// <summary>
    /// The cycle that started on <paramref name="CycleStarted"/> can no longer complete: its passed results
    /// (<paramref name="LapsedPassed"/>) lapsed and the candidate starts again, every component, at the next sitting.
    /// </summary>
    /// <param name="WindowEnds">The cycle window's last day (inclusive).</param>
    public sealed record Lapsed(LapseCause Cause, DateOnly CycleStarted, DateOnly WindowEnds, IReadOnlyList<ComponentResult> LapsedPassed)
        : CertificationDecision
    {
        /// <summary>Why the cycle lapsed, with the dates its words need.</summary>
        public Refused<CertificationRefusal> Why => Cause == LapseCause.WindowEnded
            ? Refused.Of(CertificationRefusal.WindowEnded, Date(CycleStarted), Date(WindowEnds))
            : Refused.Of(CertificationRefusal.RetakesUsedUp, Date(CycleStarted));
    }

    /// <summary>A void result (成绩无效) blocks certification.</summary>
    public sealed record Blocked(Refused<CertificationRefusal> Why) : CertificationDecision;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
