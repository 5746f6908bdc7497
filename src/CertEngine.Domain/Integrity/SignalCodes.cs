namespace CertEngine.Domain.Integrity;

/// <summary>The codes of the candidates' signals; the web edge gives them words.</summary>
public static class SignalCodes
{
    /// <summary>Many answers given faster than a question can be read.</summary>
    public const string FastAnswers = "fast-answers";

    /// <summary>Many questions changed in the last minutes before the hand-in.</summary>
    public const string LateChanges = "late-changes";

    /// <summary>Signed in on another computer, which took the attempt over.</summary>
    public const string Takeover = "takeover";

    /// <summary>A long disconnection while the attempt ran.</summary>
    public const string Disconnection = "disconnection";
}
