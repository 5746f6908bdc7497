namespace CertEngine.Domain.Sessions;

/// <summary>
/// The rules for changing a sitting once it is scheduled (改期、取消、调场) and for its room: the room's seats (考场容量) bound
/// the roster, every candidate on one roster has an admission ticket number of their own, and changes come with a reason
/// and only before the start.
/// </summary>
public static class SittingChangeRules
{
    /// <summary>
    /// Why a roster of <paramref name="candidates"/> does not fit a room of <paramref name="capacity"/> seats, or null.
    /// A capacity of 0 means none was set (sittings scheduled before rooms had one) and bounds nothing.
    /// </summary>
    /// <param name="capacity">The room's seats (≥ 0; 0: not set).</param>
    /// <param name="candidates">The candidates the roster would hold.</param>
    public static Refused<SessionRefusal>? Capacity(int capacity, int candidates)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        return capacity > 0 && candidates > capacity ? Refused.Of(SessionRefusal.OverCapacity, capacity, candidates) : null;
    }

    /// <summary>Why the admission ticket numbers of one roster are not one per candidate (compared case-blind, as candidates type them), or null.</summary>
    /// <param name="tickets">The roster's ticket numbers, one per seat.</param>
    public static Refused<SessionRefusal>? Tickets(IEnumerable<string> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var ticket in tickets)
        {
            if (!seen.Add(ticket.Trim()))
            {
                return Refused.Of(SessionRefusal.DuplicateTicket, ticket.Trim());
            }
        }

        return null;
    }

    /// <summary>
    /// Why a sitting in <paramref name="phase"/> takes no change at all (改期、取消、调场), or null: it is closed or cancelled.
    /// Said first, before any other reason, so a request on an ended sitting is told just that.
    /// </summary>
    public static Refused<SessionRefusal>? Ended(SessionPhase phase) =>
        phase is SessionPhase.Closed or SessionPhase.Cancelled ? Refused.Of(SessionRefusal.SittingEnded, phase) : null;

    /// <summary>Why the sitting may not be cancelled now, or null: not ended, a reason, and a phase before the start.</summary>
    public static Refused<SessionRefusal>? Cancel(bool hasReason, SessionPhase phase) =>
        Ended(phase) ?? (!hasReason ? SessionRefusal.CancelNeedsReason : SessionTransitions.Refusal(phase, SessionAction.Cancel));

    /// <summary>
    /// Why the sitting may not move to another time or room now, or null: not ended, a reason, a phase before the start, and a room of
    /// at least as many seats as the roster holds.
    /// </summary>
    /// <param name="hasReason">Whether a reason was given.</param>
    /// <param name="phase">The sitting's phase.</param>
    /// <param name="capacity">The new room's seats (≥ 1).</param>
    /// <param name="candidates">The candidates on the roster.</param>
    public static Refused<SessionRefusal>? Reschedule(bool hasReason, SessionPhase phase, int capacity, int candidates) =>
        Ended(phase) is { } ended ? ended
        : !hasReason ? SessionRefusal.RescheduleNeedsReason
        : phase is not (SessionPhase.Scheduled or SessionPhase.CheckIn) ? SessionRefusal.RescheduleTooLate
        : capacity < 1 || capacity < candidates ? Refused.Of(SessionRefusal.CapacityBelowRoster, capacity, candidates)
        : null;

    /// <summary>
    /// Why a candidate may not move out of a sitting now, or null: not ended, a reason, the candidate on its roster, and the sitting
    /// not yet opened for check-in (after that their paper or tasks are drawn there).
    /// </summary>
    public static Refused<SessionRefusal>? MoveOut(bool hasReason, bool onRoster, SessionPhase phase) =>
        Ended(phase) is { } ended ? ended
        : !hasReason ? SessionRefusal.MoveNeedsReason
        : !onRoster ? SessionRefusal.NotOnRoster
        : phase != SessionPhase.Scheduled ? SessionRefusal.MoveTooLate
        : null;

    /// <summary>
    /// Why a candidate moved from another sitting may not join sitting <paramref name="session"/>, or null: a sitting of the
    /// same track and component, not yet opened for check-in, the candidate not already on it, and a seat free.
    /// </summary>
    /// <param name="session">This sitting's id (the refusal names it).</param>
    /// <param name="sameComponent">Whether both sittings are of the same track and component.</param>
    /// <param name="phase">This sitting's phase.</param>
    /// <param name="alreadyOnRoster">Whether the candidate is already on this roster.</param>
    /// <param name="capacity">This room's seats (0: not set).</param>
    /// <param name="candidates">The candidates on this roster before the move.</param>
    public static Refused<SessionRefusal>? MoveIn(string session, bool sameComponent, SessionPhase phase, bool alreadyOnRoster, int capacity, int candidates) =>
        !sameComponent ? Refused.Of(SessionRefusal.MoveNotSameComponent, session)
        : phase != SessionPhase.Scheduled ? SessionRefusal.MoveTooLate
        : alreadyOnRoster ? Refused.Of(SessionRefusal.MoveAlreadyThere, session)
        : Capacity(capacity, candidates + 1);
}
