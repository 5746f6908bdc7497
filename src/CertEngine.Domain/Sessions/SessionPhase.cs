namespace CertEngine.Domain.Sessions;

/// <summary>Where an exam sitting (考场场次) stands: Scheduled → CheckIn → Running ⇄ Paused → Closed; before the start a sitting may instead be Cancelled.</summary>
public enum SessionPhase
{
    /// <summary>Planned: roster, room and start time are set; no paper exists yet.</summary>
    Scheduled,

    /// <summary>Entry is open: papers are assembled and candidates check in; no clock runs yet.</summary>
    CheckIn,

    /// <summary>Every checked-in candidate's clock runs.</summary>
    Running,

    /// <summary>The proctor stopped every clock together, with a reason.</summary>
    Paused,

    /// <summary>Over: every attempt is submitted. Final.</summary>
    Closed,

    /// <summary>Called off before the start, with a reason: its tickets are withdrawn and it never runs. Final.</summary>
    Cancelled,
}
