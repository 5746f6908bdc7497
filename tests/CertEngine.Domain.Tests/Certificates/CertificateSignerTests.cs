using System.Buffers.Text;
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
        var signature = _key.SignData(Encoding.ASCII.GetBytes(header + "." + parts[1]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

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

    [Fact]
    public void Sign_KeyOnAnotherCurve_Throws()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Throws<ArgumentException>(() => CertificateSigner.Sign(_view, p384, "k1"));
    }

    private Property ChangedByte(int part, int position, byte flip)
    {
        var parts = CertificateSigner.Sign(_view, _key, "k1").Split('.');
        var bytes = Base64Url.DecodeFromChars(parts[part]);
        var at = position % bytes.Length;
        var change = flip == 0 ? (byte)1 : flip;
        bytes[at] ^= change;
        parts[part] = Base64Url.EncodeToString(bytes);

        var outcome = CertificateTokenVerifier.Verify(string.Join('.', parts), Keys);

        return (outcome is TokenVerification.Forged).Label($"byte {at} of part {part} ^ {change}: {outcome}");
    }
}
