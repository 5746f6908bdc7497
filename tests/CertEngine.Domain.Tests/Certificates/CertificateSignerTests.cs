using System.Buffers.Text;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CertEngine.Domain.Certificates;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class CertificateSignerTests : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa _publicKey;
    private readonly PublicCertificateView _view = PublicCertificateView.From(CertificateRecordBuilder.Build(), "c2FsdHNhbHRzYWx0c2FsdA");

    private readonly CertificateClaims _claims = new(
        "S000023000456254000017", "张*明", IdNumberDigest.ComputeCompact("11010519491231002X", "c2FsdHNhbHQ"), "4-10-01-06", "家务服务员", 4,
        new DateOnly(2025, 6, 30), "S000023000456");

    public CertificateSignerTests()
    {
        _publicKey = Jwk.FromPublicKey(_key, "k1").ToPublicKey();
    }

    private Dictionary<string, ECDsa> Keys => new() { ["k1"] = _publicKey };

    public void Dispose()
    {
        _key.Dispose();
        _publicKey.Dispose();
    }

    [Fact]
    public void Sign_ThenVerify_GivesBackTheViewAndKid()
    {
        var token = CertificateSigner.Sign(_view, _key, "k1");

        Assert.Equal(new TokenVerification.Valid(_view, "k1"), CertificateTokenVerifier.Verify(token, Keys));
    }

    [Fact]
    public void Sign_SpecialtyWithoutLevel_RoundTripsTheNull()
    {
        var view = _view with { LevelDisplay = null, Number = "ZX1400045625000017" };

        var token = CertificateSigner.Sign(view, _key, "k1");

        Assert.Equal(new TokenVerification.Valid(view, "k1"), CertificateTokenVerifier.Verify(token, Keys));
    }

    [Fact]
    public void Sign_Token_HasTheExactHeaderAndCanonicalPayload()
    {
        var parts = CertificateSigner.Sign(_view, _key, "k1").Split('.');

        Assert.Equal("""{"alg":"ES256","kid":"k1"}""", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        Assert.Equal(
            $$"""{"v":2,"num":"S000023000456254000017","name":"张*明","idh":"{{_view.IdDigest.Hash}}","salt":"c2FsdHNhbHRzYWx0c2FsdA","occ":"家政服务员","wt":"家务服务员","lvl":"四级/中级工","iat":"2025-06-30","iss":"某某职业技能培训学校","kid":"k1"}""",
            Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])));
        Assert.Equal(64, Base64Url.DecodeFromChars(parts[2]).Length);
    }

    [Fact]
    public void SignVersion3_ThenVerify_GivesBackTheClaimsAndKid()
    {
        var token = CertificateSigner.Sign(_claims, _key, "k1");

        Assert.Equal(new TokenVerification.Valid(_claims, "k1"), CertificateTokenVerifier.Verify(token, Keys));
    }

    [Fact]
    public void SignVersion3_SpecialtyWithoutLevel_RoundTripsTheNull()
    {
        var claims = _claims with { LevelDigit = null, Number = "ZX1400045625000017", OccupationCode = "ZX-MYHL", WorkType = "--" };

        var token = CertificateSigner.Sign(claims, _key, "k1");

        Assert.Equal(new TokenVerification.Valid(claims, "k1"), CertificateTokenVerifier.Verify(token, Keys));
    }

    [Fact]
    public void SignVersion3_Token_HasTheExactHeaderAndPositionalPayload()
    {
        var parts = CertificateSigner.Sign(_claims, _key, "k1").Split('.');

        Assert.Equal("""{"alg":"ES256","kid":"k1"}""", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        Assert.Equal(
            $$"""[3,"S000023000456254000017","张*明","c2FsdHNhbHQ","{{_claims.IdDigest.Hash}}","4-10-01-06","家务服务员",4,20250630,null]""",
            Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])));
        Assert.Equal(64, Base64Url.DecodeFromChars(parts[2]).Length);
    }

    [Fact]
    public void SignVersion3_IssuerCodeNotTheNumbersFirst13Characters_IsWrittenOut()
    {
        var claims = _claims with { Number = "ZX1400045625000017", OccupationCode = "ZX-MYHL", LevelDigit = null, WorkType = "--" };
        var token = CertificateSigner.Sign(claims, _key, "k1");

        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[1]));

        Assert.EndsWith(""","ZX-MYHL","--",null,20250630,"S000023000456"]""", payload);
        Assert.Equal(new TokenVerification.Valid(claims, "k1"), CertificateTokenVerifier.Verify(token, Keys));
    }

    [Fact]
    public void SignVersion3_TokenOfATypicalCertificate_Is304CharactersAgainst542ForVersion2()
    {
        // header 58 (kid of 19 characters) + payload 158 + signature 86 + two dots
        var version3 = CertificateSigner.Sign(_claims, _key, "ce-0123456789abcdef");
        var version2 = CertificateSigner.Sign(_view, _key, "ce-0123456789abcdef");

        Assert.Equal((304, 542), (version3.Length, version2.Length));
    }

    [Property(MaxTest = 100)]
    public Property VerifyVersion3_OnePayloadOrSignatureByteChanged_IsForged(bool inSignature, NonNegativeInt position, byte flip)
    {
        return ChangedByte(CertificateSigner.Sign(_claims, _key, "k1"), inSignature ? 2 : 1, position.Get, flip);
    }

    [Property(MaxTest = 100)]
    public Property VerifyVersion3_OneHeaderByteChanged_IsNeverValid(NonNegativeInt position, byte flip)
    {
        var parts = CertificateSigner.Sign(_claims, _key, "k1").Split('.');
        var bytes = Base64Url.DecodeFromChars(parts[0]);
        var at = position.Get % bytes.Length;
        bytes[at] ^= flip == 0 ? (byte)1 : flip;
        parts[0] = Base64Url.EncodeToString(bytes);

        var outcome = CertificateTokenVerifier.Verify(string.Join('.', parts), Keys);

        return (outcome is TokenVerification.Forged or TokenVerification.Malformed).Label($"byte {at} of the header: {outcome}");
    }

    [Fact]
    public void VerifyVersion3_UnknownKid_IsForged()
    {
        var token = CertificateSigner.Sign(_claims, _key, "k2");

        Assert.Equal(new TokenVerification.Forged("no key 'k2'"), CertificateTokenVerifier.Verify(token, Keys));
    }

    [Fact]
    public void VerifyVersion3_AnotherKeyUnderTheSameKid_IsForged()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var token = CertificateSigner.Sign(_claims, other, "k1");

        Assert.Equal(new TokenVerification.Forged("the signature does not hold"), CertificateTokenVerifier.Verify(token, Keys));
    }

    [Theory]
    [InlineData("""[3,"S1","张*明","s","h","4-10-01-06","--",4,20250630]""", "payload is not a JSON array of 10 members")]
    [InlineData("""[4,"S1","张*明","s","h","4-10-01-06","--",4,20250630,"S"]""", "payload version is not 3")]
    [InlineData("""[3,"S1","张*明","s","h","4-10-01-06","--","4",20250630,"S"]""", "payload level is neither a digit nor null")]
    [InlineData("""[3,"S1","张*明","s","h","4-10-01-06","--",4,20251332,"S"]""", "payload issue date is not yyyyMMdd")]
    [InlineData("""[3,"S1",null,"s","h","4-10-01-06","--",4,20250630,"S"]""", "payload lacks a member")]
    [InlineData("""[3,"S1","张*明","s","h","4-10-01-06","--",4,20250630,null]""", "payload lacks a member")]
    public void VerifyVersion3_GenuinelySignedButMisshapenPayload_IsMalformed(string payload, string reason)
    {
        var header = Base64Url.EncodeToString("""{"alg":"ES256","kid":"k1"}"""u8);
        var body = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload));
        var signature = Es256Signature.ToLowS(_key.SignData(Encoding.ASCII.GetBytes(header + "." + body), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        var outcome = CertificateTokenVerifier.Verify(header + "." + body + "." + Base64Url.EncodeToString(signature), Keys);

        Assert.Equal(new TokenVerification.Malformed(reason), outcome);
    }

    [Fact]
    public void Sign_Signature_IsIeeeP1363AsJwsRequires()
    {
        var parts = CertificateSigner.Sign(_view, _key, "k1").Split('.');

        var holds = _publicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

        Assert.True(holds);
    }

    [Property(MaxTest = 100)]
    public Property Verify_OnePayloadByteChanged_IsForged(NonNegativeInt position, byte flip)
    {
        return ChangedByte(1, position.Get, flip);
    }

    [Property(MaxTest = 100)]
    public Property Verify_OneSignatureByteChanged_IsForged(NonNegativeInt position, byte flip)
    {
        return ChangedByte(2, position.Get, flip);
    }

    [Fact]
    public void Verify_UnknownKid_IsForged()
    {
        var token = CertificateSigner.Sign(_view, _key, "k2");

        Assert.Equal(new TokenVerification.Forged("no key 'k2'"), CertificateTokenVerifier.Verify(token, Keys));
    }

    [Fact]
    public void Verify_AnotherKeyUnderTheSameKid_IsForged()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var token = CertificateSigner.Sign(_view, other, "k1");

        Assert.Equal(new TokenVerification.Forged("the signature does not hold"), CertificateTokenVerifier.Verify(token, Keys));
    }

    [Fact]
    public void Verify_PayloadNamingAnotherKidThanTheHeader_IsForged()
    {
        var parts = CertificateSigner.Sign(_view, _key, "k2").Split('.');
        var header = Base64Url.EncodeToString("""{"alg":"ES256","kid":"k1"}"""u8);
        var signature = Es256Signature.ToLowS(_key.SignData(Encoding.ASCII.GetBytes(header + "." + parts[1]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        var outcome = CertificateTokenVerifier.Verify(header + "." + parts[1] + "." + Base64Url.EncodeToString(signature), Keys);

        Assert.Equal(new TokenVerification.Forged("the payload names key 'k2', the header 'k1'"), outcome);
    }

    [Fact]
    public void Verify_AlgNone_IsForged()
    {
        var parts = CertificateSigner.Sign(_view, _key, "k1").Split('.');
        var header = Base64Url.EncodeToString("""{"alg":"none","kid":"k1"}"""u8);

        var outcome = CertificateTokenVerifier.Verify(header + "." + parts[1] + "." + parts[2], Keys);

        Assert.Equal(new TokenVerification.Forged("algorithm 'none' is not accepted"), outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b")]
    [InlineData("!!.!!.!!")]
    [InlineData("e30.e30.e30")]                  // {} as header: no alg, no kid
    [InlineData("a.b.c.d")]
    public void Verify_Garbage_IsMalformed(string token)
    {
        Assert.IsType<TokenVerification.Malformed>(CertificateTokenVerifier.Verify(token, Keys));
    }

    [Fact]
    public void Verify_PaddedSignature_IsMalformed()
    {
        var token = CertificateSigner.Sign(_view, _key, "k1");

        Assert.IsType<TokenVerification.Malformed>(CertificateTokenVerifier.Verify(token + "==", Keys));
    }

    [Fact]
    public void Jwk_FromPublicKey_HasTheJwkMembers()
    {
        var jwk = Jwk.FromPublicKey(_key, "k1");
        var parameters = _key.ExportParameters(false);

        var json = JsonSerializer.Serialize(jwk);

        Assert.Equal(
            $$"""{"kty":"EC","crv":"P-256","x":"{{Base64Url.EncodeToString(parameters.Q.X)}}","y":"{{Base64Url.EncodeToString(parameters.Q.Y)}}","kid":"k1","use":"sig","alg":"ES256"}""",
            json);
        Assert.Equal(43, jwk.X.Length);
    }

    [Property(MaxTest = 100)]
    public Property SignVersion3_AnyClaims_IsLowS_AndItsMalleatedTwinIsForged(PositiveInt serial, NonNegativeInt days, bool specialty)
    {
        var claims = specialty
            ? _claims with { Number = $"ZX14000456{serial.Get % 100_000_000:D8}", LevelDigit = null, WorkType = "--", OccupationCode = "ZX-MYHL" }
            : _claims with { Number = $"S000023000456254{serial.Get % 1_000_000:D6}", LevelDigit = 1 + (serial.Get % 5) };
        var token = CertificateSigner.Sign(claims with { IssueDate = new DateOnly(2020, 1, 1).AddDays(days.Get % 4000) }, _key, "k1");

        var s = SOf(token);
        var twin = CertificateTokenVerifier.Verify(Malleated(token), Keys);

        return (s <= P256Order / 2 && twin is TokenVerification.Forged).Label($"s = {s:X}, twin: {twin}");
    }

    [Property(MaxTest = 50)]
    public Property SignVersion2AndCompactJws_AreLowS(NonNegativeInt days)
    {
        var version2 = CertificateSigner.Sign(_view with { IssueDate = new DateOnly(2020, 1, 1).AddDays(days.Get % 4000) }, _key, "k1");
        var jws = CompactJws.SignEs256("""{"alg":"ES256","kid":"k1"}"""u8, Encoding.UTF8.GetBytes($$"""{"n":{{days.Get}}}"""), _key);

        return (SOf(version2) <= P256Order / 2 && SOf(jws) <= P256Order / 2
            && CertificateTokenVerifier.Verify(Malleated(version2), Keys) is TokenVerification.Forged).Label("version 2 and VC-JWT signatures are low-S");
    }

    [Fact]
    public void Verify_HighSTokenOfTheOldSigner_IsForged_UnlessItIsTheIssuedTokenItself()
    {
        var lowS = CertificateSigner.Sign(_claims, _key, "k1");
        var highS = Malleated(lowS);

        Assert.Equal(new TokenVerification.Forged("the signature is not in low-S form"), CertificateTokenVerifier.Verify(highS, Keys));
        Assert.Equal(new TokenVerification.Valid(_claims, "k1"), CertificateTokenVerifier.VerifyIssued(highS, highS, Keys));
        Assert.Equal(new TokenVerification.Forged("the signature is not in low-S form"), CertificateTokenVerifier.VerifyIssued(highS, lowS, Keys));
        Assert.Equal(new TokenVerification.Valid(_claims, "k1"), CertificateTokenVerifier.VerifyIssued(lowS, highS, Keys));
    }

    [Fact]
    public void VerifyIssued_AlteredCopyOfTheIssuedHighSToken_IsForged()
    {
        var highS = Malleated(CertificateSigner.Sign(_claims, _key, "k1"));
        var altered = highS[..^10] + (highS[^10] == 'A' ? 'B' : 'A') + highS[^9..];

        Assert.IsType<TokenVerification.Forged>(CertificateTokenVerifier.VerifyIssued(altered, altered, Keys));
    }

    [Fact]
    public void Sign_KeyOnAnotherCurve_Throws()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Throws<ArgumentException>(() => CertificateSigner.Sign(_view, p384, "k1"));
    }

    // The order n of P-256's base point (FIPS 186-4 D.1.2.3), written out here so the test does not trust the code under test.
    private static readonly BigInteger P256Order = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    private static BigInteger SOf(string token) => new(Base64Url.DecodeFromChars(token.Split('.')[2]).AsSpan(32), isUnsigned: true, isBigEndian: true);

    /// <summary>The same token with s replaced by n − s: a second valid ECDSA signature over the same bytes.</summary>
    internal static string Malleated(string token)
    {
        var parts = token.Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        var twin = P256Order - new BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        var bytes = twin.ToByteArray(isUnsigned: true, isBigEndian: true);
        Array.Clear(signature, 32, 32);
        bytes.CopyTo(signature, 64 - bytes.Length);
        parts[2] = Base64Url.EncodeToString(signature);
        return string.Join('.', parts);
    }

    private Property ChangedByte(int part, int position, byte flip) => ChangedByte(CertificateSigner.Sign(_view, _key, "k1"), part, position, flip);

    private Property ChangedByte(string token, int part, int position, byte flip)
    {
        var parts = token.Split('.');
        var bytes = Base64Url.DecodeFromChars(parts[part]);
        var at = position % bytes.Length;
        var change = flip == 0 ? (byte)1 : flip;
        bytes[at] ^= change;
        parts[part] = Base64Url.EncodeToString(bytes);

        var outcome = CertificateTokenVerifier.Verify(string.Join('.', parts), Keys);

        return (outcome is TokenVerification.Forged).Label($"byte {at} of part {part} ^ {change}: {outcome}");
    }
}
