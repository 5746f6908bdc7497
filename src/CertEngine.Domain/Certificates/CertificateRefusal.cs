namespace CertEngine.Domain.Certificates;

/// <summary>Why a certificate refuses a request. Nothing changed.</summary>
public enum CertificateRefusal
{
    /// <summary>A status change needs a reason.</summary>
    ReasonRequired,

    /// <summary>The change is not allowed from the status. Args: the status (Valid, Suspended, Revoked, Superseded), the action (Suspend, Reinstate, Revoke, Reissue).</summary>
    NotAllowedFromStatus,

    /// <summary>The number does not match this record.</summary>
    NumberMismatch,

    /// <summary>This number is already issued, with other fields.</summary>
    AlreadyIssued,

    /// <summary>No such certificate.</summary>
    NotFound,
}
