namespace CertEngine.Domain.Sessions;

/// <summary>The sitting's state machine: which action is allowed in which phase, and where it leads.</summary>
public static class SessionTransitions
{
    /// <summary>The phase an action leads to, or <see langword="null"/> when it is not allowed from <paramref name="from"/>.</summary>
    /// <remarks>
    /// Closing is allowed from every phase but Closed and Cancelled, so a sitting that never ran can still be ended;
    /// cancelling only before the start (scheduled or check-in open).
    /// </remarks>
    public static SessionPhase? Next(SessionPhase from, SessionAction action) => (from, action) switch
    {
        (SessionPhase.Scheduled, SessionAction.OpenCheckIn) => SessionPhase.CheckIn,
        (SessionPhase.CheckIn, SessionAction.Start) => SessionPhase.Running,
        (SessionPhase.Running, SessionAction.Pause) => SessionPhase.Paused,
        (SessionPhase.Paused, SessionAction.Resume) => SessionPhase.Running,
        (not (SessionPhase.Closed or SessionPhase.Cancelled), SessionAction.Close) => SessionPhase.Closed,
        (SessionPhase.Scheduled or SessionPhase.CheckIn, SessionAction.Cancel) => SessionPhase.Cancelled,
        _ => null,
    };

    /// <summary>Why <paramref name="action"/> is refused in <paramref name="from"/>, or null when it is allowed.</summary>
    public static Refused<SessionRefusal>? Refusal(SessionPhase from, SessionAction action) =>
        Next(from, action) is null ? Refused.Of(SessionRefusal.NotAllowedNow, from, action) : null;
}
