using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using CertEngine.Contracts.Certificates;
using CertEngine.Documents;
using CertEngine.Documents.Qr;
using CertEngine.Domain.Certificates;

namespace CertEngine.Benchmarks.Certificates;

/// <summary>
/// One certificate from fields to printable HTML: sign what it certifies (ES256, token version 3), build the verify URL,
/// render the Scriban template with the QR drawn as inline SVG (target: a batch of 1,000 in ≤ 2 s of CPU). The version-2 signature and
/// QR are measured beside it for comparison.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its generated runner from the benchmark class.</remarks>
[MemoryDiagnoser]
public class CertificateRendererBenchmarks
{
    private const string Kid = "ce-0123456789abcdef";

    private static readonly CertificateFields Fields = new("S000014040001265000017", "职业技能等级证书", "王秀英", "居民身份证", "14040219900101123X",
        "4-10-01-06", "家政服务员", "家务服务员", 5, "五级/初级工", new DateOnly(2026, 11, 23), "长治市太行家政职业技能评价中心（示例）", "4-10-01-06/家务服务员/5");

    private ECDsa _key = null!;
    private CertificateRenderer _renderer = null!;
    private string _url = "";
    private string _version2Url = "";

    [GlobalSetup]
    public void Setup()
    {
        _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _renderer = ((TemplateLoad.Loaded)CertificateRenderer.Load(CertificateTemplateOptions.Resolve("templates"))).Renderer;
        _url = Url(Sign());
        _version2Url = Url(SignVersion2());
        Console.WriteLine($"// version 3: URL {_url.Length} characters, QR version {VerifyQrCode.VersionOf(_url)}; "
            + $"version 2: URL {_version2Url.Length} characters, QR version {VerifyQrCode.VersionOf(_version2Url)}");
    }

    [GlobalCleanup]
    public void Cleanup() => _key.Dispose();

    [Benchmark]
    public string Sign_Claims() => Sign();

    [Benchmark]
    public string Sign_View_Version2() => SignVersion2();

    [Benchmark]
    public string QrSvg_VerifyUrl() => Svg(_url);

    [Benchmark]
    public string QrSvg_VerifyUrl_Version2() => Svg(_version2Url);

    [Benchmark]
    public int QrEncode_VerifyUrl()
    {
        using var data = QRCoder.QRCodeGenerator.GenerateQrCode(System.Text.Encoding.ASCII.GetBytes(_url), VerifyQrCode.ErrorCorrection);
        return data.ModuleMatrix.Count;
    }

    [Benchmark(Baseline = true)]
    public string Render_OneCertificate_SignQrTemplate() => _renderer.RenderCertificate(Fields, Url(Sign()));

    private string Sign()
    {
        Span<byte> salt = stackalloc byte[IdNumberDigest.CompactSaltBytes];
        RandomNumberGenerator.Fill(salt);
        var claims = new CertificateClaims(Fields.Number, PublicCertificateView.MaskName(Fields.HolderName),
            IdNumberDigest.ComputeCompact(Fields.IdNumber, System.Buffers.Text.Base64Url.EncodeToString(salt)), Fields.OccupationCode, Fields.WorkType,
            Fields.LevelDigit, Fields.IssuedOn, Fields.Number[..13]);
        return CertificateSigner.Sign(claims, _key, Kid);
    }

    private string SignVersion2()
    {
        var view = new PublicCertificateView(Fields.Number, PublicCertificateView.MaskName(Fields.HolderName),
            IdNumberDigest.Compute(Fields.IdNumber, "c2FsdHNhbHRzYWx0c2FsdA"), Fields.OccupationName, Fields.WorkType, Fields.LevelDisplay, Fields.IssuedOn, Fields.Issuer);
        return CertificateSigner.Sign(view, _key, Kid);
    }

    private static string Svg(string url)
    {
        using var code = VerifyQrCode.Encode(url);
        return code.ToSvg();
    }

    private static string Url(string token) => $"http://127.0.0.1:5080/v/{Fields.Number}?t={token}";
}
