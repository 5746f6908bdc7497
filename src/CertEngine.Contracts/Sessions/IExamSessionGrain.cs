namespace CertEngine.Contracts.Sessions;

/// <summary>One sitting at one centre (考场场次). Key: the session id, e.g. <c>TY-20261123-01</c>.</summary>
/// <remarks>
/// Pause, resume and close fan out to the attempts of the roster in parallel; answers never pass through this grain.
/// </remarks>
public interface IExamSessionGrain : IGrainWithStringKey
{
    /// <summary>Schedules the sitting; refused when the track is not open, a candidate is not enrolled, or the minutes are short.</summary>
    Task<CommandReply> ScheduleAsync(SessionPlan plan, string actor);

    /// <summary>
    /// Cancels the sitting before the start (scheduled or check-in open), with a reason; audited. Its tickets are
    /// withdrawn, so its candidates can no longer sign in to it and may be scheduled on another sitting.
    /// </summary>
    Task<CommandReply> CancelAsync(string actor, string reason);

    /// <summary>
    /// Moves the sitting to another time, centre or room (with its seats) before the start, with a reason; audited. The
    /// tickets stay valid and show the new time and room.
    /// </summary>
    Task<CommandReply> RescheduleAsync(DateTimeOffset startsAt, string centre, string room, int capacity, string actor, string reason);

    /// <summary>
    /// Moves one candidate to sitting <paramref name="toSessionId"/> of the same track and component, while neither has
    /// opened check-in and the other has a seat free; they keep their ticket number. Audited on both sittings.
    /// </summary>
    Task<CommandReply> MoveCandidateAsync(string idNumber, string toSessionId, string actor, string reason);

    /// <summary>Takes in a candidate moved from another sitting (called by that sitting's <see cref="MoveCandidateAsync"/>).</summary>
    Task<CommandReply> AdmitMovedAsync(SeatTransfer transfer, string actor, string reason);

    /// <summary>Opens entry and assembles every candidate's paper, before the start.</summary>
    Task<CommandReply> OpenCheckInAsync(string actor);

    /// <summary>
    /// Replaces the sitting's proctors, assessors and chief before the start (a proctor falls ill, a panel member is
    /// recused); audited with the reason. Not checked here: the start checks the staffing again and refuses when short.
    /// </summary>
    Task<CommandReply> ChangeStaffAsync(IReadOnlyList<string> proctors, IReadOnlyList<string> assessors, string? chiefAssessor, string actor, string reason);

    /// <summary>
    /// Names the sitting's 督导员 (supervisors), replacing those named before, at any phase but cancelled (a supervisor may
    /// be sent while it runs or to review it afterwards); audited with the reason. They watch, read-only, and file the
    /// supervision record; they are not proctors and do not count toward the staffing.
    /// </summary>
    Task<CommandReply> AssignSupervisorsAsync(IReadOnlyList<string> supervisors, string actor, string reason);

    /// <summary>Records a candidate's entry and identity check (人证核验) by a proctor.</summary>
    Task<CommandReply> CheckInAsync(string idNumber, string proctor, bool identityConfirmed);

    /// <summary>
    /// Marks a rostered candidate not checked in as absent (缺考), audited with the reason; the close marks everyone not
    /// checked in. A candidate marked absent who arrives while entry is open may still be checked in (the mark is withdrawn).
    /// </summary>
    Task<CommandReply> MarkAbsentAsync(string idNumber, string actor, string reason);

    /// <summary>
    /// Records a misconduct step for a candidate checked in (the room record): a warning only records; 终止考核 hands a
    /// theory paper in as it stands; 成绩无效 voids the part result (also after the close), which blocks certification.
    /// </summary>
    Task<CommandReply> RecordMisconductAsync(string idNumber, MisconductStep step, string reason, string actor);

    /// <summary>Starts every checked-in candidate's clock.</summary>
    Task<CommandReply> StartAsync(string actor);

    /// <summary>Stops every clock together.</summary>
    Task<CommandReply> PauseAsync(string actor, string reason);

    /// <summary>Restarts every clock together; the pause is added to every deadline.</summary>
    Task<CommandReply> ResumeAsync(string actor, string reason);

    /// <summary>
    /// Grants one candidate extra minutes (延时); refused, changing nothing, when their total would pass the track's
    /// ceiling (<c>extra-time: ceiling-minutes</c>, default 30).
    /// </summary>
    Task<CommandReply> ExtendAsync(string idNumber, int minutes, string actor, string reason);

    /// <summary>Ends the sitting and submits every attempt not yet submitted.</summary>
    Task<CommandReply> CloseAsync(string actor, string reason);

    /// <summary>The sitting, or <see langword="null"/> when not scheduled.</summary>
    Task<SessionSnapshot?> GetAsync();

    /// <summary>The live roster: each seat with its candidate, check-in and (theory) the attempt's progress, by seat.</summary>
    Task<IReadOnlyList<RosterLine>> GetRosterAsync();

    /// <summary>Regrades the sitting's theory attempts under a corrected bank version; a dry run only lists what would change.</summary>
    Task<RegradeReport> RegradeAsync(int correctedBankVersion, bool dryRun, string actor, string reason);
}
