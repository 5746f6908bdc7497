namespace CertEngine.Domain.Tracks;

/// <summary>Why a certification track refuses a request (opening, rules, enrolment, sitting, issuance). Nothing changed.</summary>
public enum TrackRefusal
{
    /// <summary>The track key is malformed. Args: the key.</summary>
    MalformedKey,

    /// <summary>The track already uses a newer bank version. Args: the version in use.</summary>
    OlderBankVersion,

    /// <summary>The track is not opened. Args: the key.</summary>
    NotOpened,

    /// <summary>No such track rules version. Args: the occupation code, the version.</summary>
    NoRulesVersion,

    /// <summary>The rules version does not build on the track's bank version. Args: rules version, bank version. The library's words follow.</summary>
    RulesDoNotBuild,

    /// <summary>The bank version cannot be used. The library's words follow.</summary>
    BankNotUsable,

    /// <summary>The bank version's files no longer match its manifest. Args: code, version, the first problems.</summary>
    BankFilesChanged,

    /// <summary>The manifest differs from the one recorded when the version was first pinned. Args: code, version, what was recorded.</summary>
    ManifestChanged,

    /// <summary>The candidate is not registered.</summary>
    NotRegistered,

    /// <summary>The candidate is not enrolled in this track.</summary>
    NotEnrolled,

    /// <summary>A piece of evidence cannot be read. Args: the evidence id, its kind.</summary>
    EvidenceUnreadable,

    /// <summary>The candidate does not meet any eligibility condition. The failed requirements follow in words.</summary>
    NotEligible,

    /// <summary>No certificate yet. The certification reason follows.</summary>
    NotReady,

    /// <summary>No certificate number could be composed.</summary>
    NumberNotComposed,

    /// <summary>A reissue needs a reason.</summary>
    ReissueNeedsReason,

    /// <summary>No such certificate in this track.</summary>
    NoSuchCertificate,

    /// <summary>A revoked or replaced certificate cannot be reissued.</summary>
    CannotReissue,

    /// <summary>The certificate could not be issued. The certificate's reason follows.</summary>
    NotIssued,

    /// <summary>One eligibility condition not met; its cause (an <see cref="EligibilityRefusal"/>) says why. Args: the condition's id and title.</summary>
    ConditionNotMet,

    /// <summary>
    /// The route met rests on evidence a person must check first (资格审核): the enrolment goes through the review queue.
    /// Args: the condition's id, the evidence ids to check (comma-separated).
    /// </summary>
    ReviewRequired,
}
