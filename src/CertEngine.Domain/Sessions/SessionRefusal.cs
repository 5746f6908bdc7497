namespace CertEngine.Domain.Sessions;

/// <summary>Why a sitting refuses a request. A refused request changed nothing.</summary>
public enum SessionRefusal
{
    /// <summary>Check-in has opened: the plan can no longer change.</summary>
    PastScheduling,

    /// <summary>The track is not opened. Args: the track key.</summary>
    TrackNotOpened,

    /// <summary>The track has no such component. Args: the track key, the component.</summary>
    NoSuchComponent,

    /// <summary>Shorter than the standard's minimum. Args: the planned minutes, the standard's minutes.</summary>
    TooShort,

    /// <summary>The roster is empty.</summary>
    EmptyRoster,

    /// <summary>A candidate or a seat appears twice on the roster.</summary>
    DuplicateOnRoster,

    /// <summary>A candidate on the roster may not sit this component. Args: the seat. The track's reason follows.</summary>
    SeatCannotSit,

    /// <summary>Papers could not be assembled, so check-in did not open. The attempt's reason follows.</summary>
    PapersNotAssembled,

    /// <summary>A staff change needs a reason.</summary>
    StaffChangeNeedsReason,

    /// <summary>Staff may change only before the start.</summary>
    StaffChangeTooLate,

    /// <summary>The assessor groups could not all change. The attempt's reason follows.</summary>
    GroupsNotChanged,

    /// <summary>The candidate is not on this sitting's roster.</summary>
    NotOnRoster,

    /// <summary>Entry closed: the start was longer ago than the late-entry limit. Args: the limit in minutes.</summary>
    EntryClosed,

    /// <summary>Check-in is not open.</summary>
    CheckInNotOpen,

    /// <summary>The proctor did not confirm the candidate's identity (人证合一).</summary>
    IdentityNotConfirmed,

    /// <summary>The sitting cannot start. The staffing or track reason follows.</summary>
    CannotStart,

    /// <summary>A pause needs a reason.</summary>
    PauseNeedsReason,

    /// <summary>Extra time needs a reason.</summary>
    ExtraTimeNeedsReason,

    /// <summary>The candidate is not on this theory sitting's roster.</summary>
    NotOnTheoryRoster,

    /// <summary>The sitting is not under way.</summary>
    NotUnderWay,

    /// <summary>The sitting is not scheduled.</summary>
    NotScheduled,

    /// <summary>The action is not allowed in the sitting's phase. Args: the phase, the action.</summary>
    NotAllowedNow,

    /// <summary>Only theory sittings are regraded.</summary>
    RegradeOnlyTheory,

    /// <summary>The corrected bank version must be newer than the sitting's.</summary>
    RegradeVersionNotNewer,

    /// <summary>A regrade needs a reason.</summary>
    RegradeNeedsReason,

    /// <summary>A candidate already checked in cannot be marked absent (缺考).</summary>
    AbsentButCheckedIn,

    /// <summary>缺考 is marked once check-in is open and before the sitting closes (at the close it is marked for everyone not checked in).</summary>
    AbsentNotNow,

    /// <summary>A misconduct step needs a reason (it goes into the room record).</summary>
    MisconductNeedsReason,

    /// <summary>Misconduct is recorded only for a candidate checked in.</summary>
    MisconductNotCheckedIn,

    /// <summary>This misconduct step is not possible in the sitting's phase (a result is voided after check-in, even after the close; the others while it is open).</summary>
    MisconductNotNow,

    /// <summary>More candidates than the room seats. Args: the room's seats, the candidates.</summary>
    OverCapacity,

    /// <summary>Two candidates on one roster with one admission ticket number (case-blind). Args: the ticket.</summary>
    DuplicateTicket,

    /// <summary>Cancelling a sitting needs a reason.</summary>
    CancelNeedsReason,

    /// <summary>Rescheduling a sitting needs a reason.</summary>
    RescheduleNeedsReason,

    /// <summary>A sitting is rescheduled only before its start.</summary>
    RescheduleTooLate,

    /// <summary>Moving a candidate needs a reason.</summary>
    MoveNeedsReason,

    /// <summary>A candidate moves only between sittings not yet opened for check-in.</summary>
    MoveTooLate,

    /// <summary>A candidate moves only to another sitting of the same track and component. Args: the sitting moved to.</summary>
    MoveNotSameComponent,

    /// <summary>The candidate is already on the other sitting's roster. Args: the sitting moved to.</summary>
    MoveAlreadyThere,

    /// <summary>The room's seats must be at least 1 and not fewer than the candidates already on the roster. Args: the seats, the candidates.</summary>
    CapacityBelowRoster,

    /// <summary>The sitting is closed or cancelled: it is no longer rescheduled, cancelled or changed. Args: the phase.</summary>
    SittingEnded,
}
