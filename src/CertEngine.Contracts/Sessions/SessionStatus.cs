namespace CertEngine.Contracts.Sessions;

/// <summary>A sitting's phase: Scheduled → CheckIn → Running ⇄ Paused → Closed, or Cancelled before the start.</summary>
public enum SessionStatus
{
    /// <summary>Planned; no paper yet.</summary>
    Scheduled,

    /// <summary>Entry open; papers assembled.</summary>
    CheckIn,

    /// <summary>Clocks run.</summary>
    Running,

    /// <summary>Every clock stopped.</summary>
    Paused,

    /// <summary>Over; every attempt submitted.</summary>
    Closed,

    /// <summary>Called off before the start; never runs.</summary>
    Cancelled,
}
