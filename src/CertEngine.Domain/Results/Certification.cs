using System.Globalization;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Results;

/// <summary>
/// The certification decision (认定结论) and the retake rule (补考, RULES.md §8) over a candidate's component results.
/// </summary>
/// <remarks>
/// Results form cycles: a cycle opens with a sitting and runs for <see cref="RetakePolicy.WindowDays"/> days from it
/// (the last day inclusive). Inside a cycle, a passed component stays passed and only failed components may be retaken,
/// each at most <see cref="RetakePolicy.RetakesPerComponent"/> times. The cycle completes when every component has
/// passed; it lapses when the window ends first or a component fails once more than the retakes allow. A sitting after
/// a completed or lapsed cycle opens a new one. Results sat after <c>today</c> are not yet known and are ignored.
/// </remarks>
public static class Certification
{
    /// <summary>
    /// Ready when the current cycle has a passing result for every component; Blocked when any result up to
    /// <paramref name="today"/> is void; Lapsed when the current cycle can no longer complete; NotYet otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">When a result is for a component the track does not have.</exception>
    public static CertificationDecision Decide(Track track, IReadOnlyList<ComponentResult> results, DateOnly today)
    {
        var cycle = CertificationCycle.Current(track, results, today);
        if (VoidReason(results, today) is { } reason)
        {
            return new CertificationDecision.Blocked(reason);
        }

        if (cycle is null)
        {
            var retakes = track.Retake.RetakesPerComponent;
            return new CertificationDecision.NotYet(track.Components.Select(c => new ComponentProgress(c.Kind, 0, retakes, null)).ToList(), [], null);
        }

        if (cycle.IsComplete)
        {
            return new CertificationDecision.Ready(cycle.Passed());
        }

        if (cycle.IsExhausted || today > cycle.WindowEnds)
        {
            var cause = cycle.IsExhausted ? LapseCause.RetakesExhausted : LapseCause.WindowEnded;
            return new CertificationDecision.Lapsed(cause, cycle.Start, cycle.WindowEnds, cycle.Passed());
        }

        var missing = track.Components.Where(c => cycle.PassedIn(c.Kind) is null).Select(c => cycle.Progress(c.Kind)).ToList();
        return new CertificationDecision.NotYet(missing, cycle.Passed(), cycle.WindowEnds);
    }

    /// <summary>
    /// Whether the candidate may sit <paramref name="component"/> on <paramref name="today"/>. Refused when the track has
    /// no such component, a result is void, every component has already passed, or this component already passed in the
    /// current cycle (only failed parts are retaken). Allowed otherwise: as a first sitting, as a retake while retakes
    /// are left, or as the start of a new cycle after the last one lapsed.
    /// </summary>
    /// <exception cref="ArgumentException">When a result is for a component the track does not have.</exception>
    public static SittingDecision CanSit(Track track, IReadOnlyList<ComponentResult> results, ComponentKind component, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (!track.Requires(component))
        {
            return new SittingDecision.Refused(Refused.Of(CertificationRefusal.NoSuchComponent, component));
        }

        switch (Decide(track, results, today))
        {
            case CertificationDecision.Blocked blocked:
                return new SittingDecision.Refused(blocked.Why);
            case CertificationDecision.Ready:
                return new SittingDecision.Refused(CertificationRefusal.AllPassed);
            case CertificationDecision.NotYet { WindowEnds: null }:
            case CertificationDecision.Lapsed:
                return new SittingDecision.Allowed { StartsNewCycle = true };
        }

        var cycle = CertificationCycle.Current(track, results, today)!;
        if (cycle.PassedIn(component) is { } passed)
        {
            return new SittingDecision.Refused(Refused.Of(CertificationRefusal.AlreadyPassed, component, Date(passed.SatOn), Date(cycle.WindowEnds)));
        }

        return new SittingDecision.Allowed { IsRetake = cycle.Sittings(component) > 0 };
    }

    private static Refused<CertificationRefusal>? VoidReason(IReadOnlyList<ComponentResult> results, DateOnly today) =>
        results.Where(r => r.Void && r.SatOn <= today).OrderBy(r => r.SatOn).FirstOrDefault() is { } voided
            ? Refused.Of(CertificationRefusal.VoidResult, Date(voided.SatOn), voided.SessionId, voided.Kind)
            : null;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
