namespace CertEngine.Domain.Certificates;

/// <summary>
/// What a genuine certificate token certifies, whichever payload version it carries: <see cref="CertificateClaims"/>
/// (version 3, codes; what the engine signs now) or <see cref="PublicCertificateView"/> (version 2, words; certificates
/// issued before version 3 still carry it and still verify).
/// </summary>
/// <param name="Number">证书编号.</param>
/// <param name="MaskedName">The holder's name masked (<see cref="PublicCertificateView.MaskName"/>).</param>
/// <param name="IdDigest">The salted hash of the holder's ID number.</param>
/// <param name="WorkType">The 工种, or "--".</param>
/// <param name="IssueDate">发证日期.</param>
public abstract record SignedCertificate(string Number, string MaskedName, IdNumberDigest IdDigest, string WorkType, DateOnly IssueDate)
{
    /// <summary>The payload version the token carried (2 or 3).</summary>
    public abstract int PayloadVersion { get; }
}
