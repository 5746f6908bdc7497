namespace CertEngine.Domain.Programmes;

/// <summary>Why a claim's change is refused (codes 960–974 at the web edge).</summary>
public enum SubsidyRefusal
{
    /// <summary>The certificate earns no subsidy under the rules. Args: the number.</summary>
    NotQualifying,

    /// <summary>Another certificate holds the claim for this person, occupation and level. Args: that number.</summary>
    AlreadyClaimed,

    /// <summary>The window has closed. Args: months, the deadline (yyyy-MM-dd).</summary>
    WindowClosed,

    /// <summary>The claim cannot go from one state to the other. Args: from, to.</summary>
    TransitionNotAllowed,

    /// <summary>Refusing a claim needs the 人社局's reason.</summary>
    ReasonRequired,

    /// <summary>The claim changed since it was shown. Args: the version shown, the current version.</summary>
    Stale,

    /// <summary>The certificate is revoked or replaced. Args: the number.</summary>
    CertificateNotInForce,

    /// <summary>No certificate has that number. Args: the number.</summary>
    NoSuchCertificate,

    /// <summary>The reason is too long. Args: the most characters.</summary>
    ReasonTooLong,
}
