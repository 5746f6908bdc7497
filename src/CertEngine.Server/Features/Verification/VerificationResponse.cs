namespace CertEngine.Server.Features.Verification;

/// <summary>
/// The answer of a public verification, as JSON and on the page. Only masked personal data: 张*明 and
/// 1401**********1234. For <c>not_found</c> and <c>forged</c> every certificate field is null.
/// </summary>
/// <param name="Status"><c>valid</c>, <c>suspended</c>, <c>revoked</c>, <c>not_found</c> or <c>forged</c>.</param>
/// <param name="Number">The number asked about.</param>
/// <param name="HolderName">The masked name.</param>
/// <param name="IdNumber">The masked ID number.</param>
/// <param name="WorkType">工种, "--" when none.</param>
/// <param name="Level">E.g. 五级/初级工; null for a 专项 certificate.</param>
/// <param name="IssuedOn">发证日期.</param>
/// <param name="StatusChangedAt">When the current suspension or revocation was recorded; null while valid.</param>
/// <param name="Reason">Why it was suspended or revoked; null while valid.</param>
/// <param name="ReplacedBy">The number of the certificate reissued in its place, if any.</param>
public sealed record VerificationResponse(
    string Status,
    string Number,
    string? Title = null,
    string? HolderName = null,
    string? IdNumber = null,
    string? Occupation = null,
    string? WorkType = null,
    string? Level = null,
    DateOnly? IssuedOn = null,
    string? Issuer = null,
    DateTimeOffset? StatusChangedAt = null,
    string? Reason = null,
    string? ReplacedBy = null);
