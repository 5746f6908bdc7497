namespace CertEngine.Domain.Sessions;

/// <summary>The rules of a sitting that are not its phase machine (<see cref="SessionTransitions"/>): the plan and entry.</summary>
public static class SittingRules
{
    /// <summary>Why a plan cannot be scheduled as it stands, or null: its length against the standard, and its roster.</summary>
    /// <param name="minutes">The planned minutes.</param>
    /// <param name="standardMinutes">The standard's minutes for the component.</param>
    /// <param name="roster">Each seat's candidate and seat number.</param>
    public static Refused<SessionRefusal>? Plan(int minutes, int standardMinutes, IReadOnlyCollection<(string IdNumber, int Seat)> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return minutes < standardMinutes ? Refused.Of(SessionRefusal.TooShort, minutes, standardMinutes)
            : roster.Count == 0 ? SessionRefusal.EmptyRoster
            : roster.Select(r => r.IdNumber).Distinct(StringComparer.Ordinal).Count() != roster.Count
                || roster.Select(r => r.Seat).Distinct().Count() != roster.Count ? SessionRefusal.DuplicateOnRoster
            : null;
    }

    /// <summary>
    /// Why a candidate on the roster may not check in now, or null. During check-in anyone may; once running, a practical
    /// or review candidate still may, a theory candidate only within the late-entry limit; never before check-in or after.
    /// </summary>
    public static Refused<SessionRefusal>? Entry(SessionPhase phase, bool theory, DateTimeOffset? startedAt, DateTimeOffset now, SessionTiming timing)
    {
        ArgumentNullException.ThrowIfNull(timing);
        return phase switch
        {
            SessionPhase.CheckIn => null,
            SessionPhase.Running or SessionPhase.Paused when !theory => null,
            SessionPhase.Running or SessionPhase.Paused when startedAt is { } started && now - started < timing.LateEntryLimit => null,
            SessionPhase.Running or SessionPhase.Paused => Refused.Of(SessionRefusal.EntryClosed, (int)timing.LateEntryLimit.TotalMinutes),
            _ => SessionRefusal.CheckInNotOpen,
        };
    }
}
