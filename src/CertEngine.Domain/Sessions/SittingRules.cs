namespace CertEngine.Domain.Sessions;

/// <summary>The rules of a sitting beside its phase machine (<see cref="SessionTransitions"/>): plan, entry, staff changes, extra time, regrades.</summary>
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

    /// <summary>Why the staff may not change now, or null: a reason is needed, and only before the start.</summary>
    public static Refused<SessionRefusal>? StaffChange(bool hasReason, SessionPhase? phase) =>
        !hasReason ? SessionRefusal.StaffChangeNeedsReason
        : phase is not (SessionPhase.Scheduled or SessionPhase.CheckIn) ? SessionRefusal.StaffChangeTooLate
        : null;

    /// <summary>Why a candidate may not be given extra time now, or null: a reason, a theory seat, a sitting under way.</summary>
    public static Refused<SessionRefusal>? ExtraTime(bool hasReason, bool onTheoryRoster, SessionPhase phase) =>
        !hasReason ? SessionRefusal.ExtraTimeNeedsReason
        : !onTheoryRoster ? SessionRefusal.NotOnTheoryRoster
        : phase is SessionPhase.Scheduled or SessionPhase.Closed or SessionPhase.Cancelled ? SessionRefusal.NotUnderWay
        : null;

    /// <summary>
    /// Why a rostered candidate may not be marked absent (缺考) now, or null: only someone not checked in, once check-in is
    /// open and until the close (which marks everyone not checked in). A candidate marked absent who then arrives may still
    /// be checked in while entry is open; the mark is withdrawn.
    /// </summary>
    public static Refused<SessionRefusal>? Absence(SessionPhase phase, bool checkedIn) =>
        checkedIn ? SessionRefusal.AbsentButCheckedIn
        : phase is SessionPhase.CheckIn or SessionPhase.Running or SessionPhase.Paused ? null
        : SessionRefusal.AbsentNotNow;

    /// <summary>
    /// Why a misconduct step may not be recorded for a candidate now, or null: a reason, a candidate checked in, and a
    /// sitting open (check-in, running or paused); voiding a result (成绩无效) may also follow after the close.
    /// </summary>
    public static Refused<SessionRefusal>? Misconduct(SessionPhase phase, bool checkedIn, bool hasReason, bool voidsResult) =>
        !hasReason ? SessionRefusal.MisconductNeedsReason
        : !checkedIn ? SessionRefusal.MisconductNotCheckedIn
        : phase is SessionPhase.CheckIn or SessionPhase.Running or SessionPhase.Paused || (voidsResult && phase == SessionPhase.Closed) ? null
        : SessionRefusal.MisconductNotNow;

    /// <summary>Why a sitting may not be regraded against <paramref name="correctedVersion"/>, or null.</summary>
    public static Refused<SessionRefusal>? Regrade(bool theory, int sittingVersion, int correctedVersion, bool dryRun, bool hasReason) =>
        !theory ? SessionRefusal.RegradeOnlyTheory
        : correctedVersion <= sittingVersion ? SessionRefusal.RegradeVersionNotNewer
        : !dryRun && !hasReason ? SessionRefusal.RegradeNeedsReason
        : null;
}
