namespace CertEngine.Domain.Sessions;

/// <summary>What a proctor or the schedule asks an exam sitting to do.</summary>
public enum SessionAction
{
    /// <summary>Open entry and assemble the papers.</summary>
    OpenCheckIn,

    /// <summary>Start every clock.</summary>
    Start,

    /// <summary>Stop every clock.</summary>
    Pause,

    /// <summary>Restart every clock.</summary>
    Resume,

    /// <summary>End the sitting and submit every attempt.</summary>
    Close,

    /// <summary>Call the sitting off before the start.</summary>
    Cancel,
}
