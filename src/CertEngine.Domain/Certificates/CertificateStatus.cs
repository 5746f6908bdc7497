namespace CertEngine.Domain.Certificates;

/// <summary>Where an issued certificate stands; the public page shows it (RULES.md §10).</summary>
public enum CertificateStatus
{
    /// <summary>有效: in force.</summary>
    Valid,

    /// <summary>暂停: held pending an inquiry; may be reinstated.</summary>
    Suspended,

    /// <summary>撤销: withdrawn for good (final).</summary>
    Revoked,

    /// <summary>已换发: replaced by a reissued certificate, which carries its own number (final).</summary>
    Superseded,
}
