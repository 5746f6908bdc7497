namespace CertEngine.Domain.Raters;

/// <summary>Why an assessor is shown to the chief assessor.</summary>
public enum RaterSignal
{
    /// <summary>Scores lower than the other members by more than the bound on average (严).</summary>
    Severe,

    /// <summary>Scores higher than the other members by more than the bound on average (宽).</summary>
    Lenient,

    /// <summary>Agrees (within the adjudication threshold) with the other members less often than the bound.</summary>
    LowAgreement,

    /// <summary>Sends more of their tasks to adjudication than the bound.</summary>
    OftenAdjudicated,
}
