namespace CertEngine.Domain.Certificates;

/// <summary>
/// What a version-3 token certifies (RULES.md §10): the certificate's fields as codes where a code exists, so the QR
/// stays small. The words (职业名称, 等级名称, 评价机构名称) come from the stored record and the configuration, which the
/// verifier checks against these codes.
/// </summary>
/// <param name="Number">证书编号.</param>
/// <param name="MaskedName">The holder's name masked (<see cref="PublicCertificateView.MaskName"/>); the one field kept as words, since no code stands for a person.</param>
/// <param name="IdDigest">The salted, truncated hash of the ID number (<see cref="IdNumberDigest.ComputeCompact"/>).</param>
/// <param name="OccupationCode">The 大典 code, e.g. 4-10-01-06 (for a 专项, the code of its 考核规范).</param>
/// <param name="WorkType">The 工种 as printed, or "--": 工种 have no code of their own, so the word is signed.</param>
/// <param name="LevelDigit">The level digit (1 = highest); null for a 专项 certificate.</param>
/// <param name="IssueDate">发证日期.</param>
/// <param name="IssuerCode">The issuer's registration code (<see cref="IssuerRegistration.Code"/>), e.g. S000014000456.</param>
public sealed record CertificateClaims(
    string Number,
    string MaskedName,
    IdNumberDigest IdDigest,
    string OccupationCode,
    string WorkType,
    int? LevelDigit,
    DateOnly IssueDate,
    string IssuerCode) : SignedCertificate(Number, MaskedName, IdDigest, WorkType, IssueDate)
{
    /// <summary>The payload version of these claims.</summary>
    public const int Version = 3;

    /// <inheritdoc />
    public override int PayloadVersion => Version;
}
