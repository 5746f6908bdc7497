using System.Buffers.Text;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain.Certificates;
using Microsoft.Extensions.Options;

namespace CertEngine.Grains.Certificates;

/// <summary>
/// The issuing 评价机构 as the grains see it: its registration, the numbering schemes, the signing keys and the public
/// verify address. Built once from configuration; refuses to start with a registration that fails RULES.md §9.
/// </summary>
public sealed class CertificateAuthority
{
    private readonly IssuerRegistration _issuer;
    private readonly NationalSkillLevelNumberScheme _national;
    private readonly SpecialtyNumberScheme _specialty = new();
    private readonly ICertificateKeyRing _keys;
    private readonly ISeedSource _seeds;
    private readonly string _baseUrl;

    /// <summary>Reads the registration and the province table.</summary>
    /// <param name="options">The registration.</param>
    /// <param name="keys">The signing keys.</param>
    /// <param name="seeds">Where each certificate's ID-number salt comes from.</param>
    /// <exception cref="InvalidOperationException">The registration or the province table is invalid.</exception>
    public CertificateAuthority(IOptions<CertificateAuthorityOptions> options, ICertificateKeyRing keys, ISeedSource seeds)
    {
        var o = options.Value;
        var provinces = ProvinceTable.Load(o.ProvinceTable) switch
        {
            CertificateDataResult<ProvinceTable>.Accepted accepted => accepted.Value,
            CertificateDataResult<ProvinceTable>.Rejected rejected => throw new InvalidOperationException("province table: " + string.Join("; ", rejected.Problems)),
            _ => throw new InvalidOperationException("province table unreadable"),
        };
        _issuer = IssuerRegistration.Create(o.Name, o.Category.FirstOrDefault(), o.BodyCode, o.Province, o.Station, o.BodyCode == IssuerRegistration.ProvincialBodyCode, provinces) switch
        {
            CertificateDataResult<IssuerRegistration>.Accepted accepted => accepted.Value,
            CertificateDataResult<IssuerRegistration>.Rejected rejected => throw new InvalidOperationException(
                $"issuer registration ({CertificateAuthorityOptions.Section}): " + string.Join("; ", rejected.Problems)),
            _ => throw new InvalidOperationException("issuer registration unreadable"),
        };
        _national = new NationalSkillLevelNumberScheme(provinces);
        _keys = keys;
        _seeds = seeds;
        _baseUrl = o.PublicBaseUrl.TrimEnd('/');
    }

    /// <summary>评价机构名称 as registered.</summary>
    public string IssuerName => _issuer.Name;

    /// <summary>The registration code (<see cref="IssuerRegistration.Code"/>) version-3 tokens name the issuer by.</summary>
    public string IssuerCode => _issuer.Code;

    /// <summary>The number without its serial: the key of the serial counter it draws from.</summary>
    public string SerialPrefix(CertificateKind kind, DateOnly issuedOn, int? levelDigit) =>
        Compose(kind, issuedOn, levelDigit, 1) is NumberComposition.Composed composed
            ? composed.Number[..^6]
            : throw new InvalidOperationException($"no {kind} number can be composed for level {levelDigit}");

    /// <summary>The number with a serial.</summary>
    public NumberComposition Compose(CertificateKind kind, DateOnly issuedOn, int? levelDigit, int serial) =>
        (kind == CertificateKind.Specialty ? (ICertificateNumberScheme)_specialty : _national).Compose(_issuer, issuedOn, levelDigit, serial);

    /// <summary>
    /// Signs what the certificate certifies (a version-3 ES256 JWS of codes, <see cref="CertificateClaims"/>) and builds
    /// the verify address the QR opens. The ID number goes in as a compact hash under a salt of 8 fresh random bytes, so
    /// two certificates of one holder carry unrelated digests.
    /// </summary>
    public (string Token, string VerifyUrl) Sign(CertificateFields fields)
    {
        Span<byte> salt = stackalloc byte[IdNumberDigest.CompactSaltBytes];
        BitConverter.TryWriteBytes(salt, _seeds.NextSeed());
        var claims = new CertificateClaims(
            fields.Number,
            PublicCertificateView.MaskName(fields.HolderName),
            IdNumberDigest.ComputeCompact(fields.IdNumber, Base64Url.EncodeToString(salt)),
            fields.OccupationCode,
            fields.WorkType,
            fields.LevelDigit,
            fields.IssuedOn,
            _issuer.Code);
        var (keyId, key) = _keys.Current; // one snapshot: a rotation between two reads could pair a new key with the old kid
        var token = CertificateSigner.Sign(claims, key, keyId);
        return (token, VerifyUrl(fields.Number, token));
    }

    /// <summary>The page the QR opens: <c>{base}/v/{number}?t={token}</c> (DESIGN.md contract).</summary>
    public string VerifyUrl(string number, string token) => $"{_baseUrl}/v/{Uri.EscapeDataString(number)}?t={Uri.EscapeDataString(token)}";

    /// <summary>The public base address the QR codes open, without a trailing slash.</summary>
    public string PublicBaseUrl => _baseUrl;
}
