using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain.Certificates;
using CertEngine.Server.Certificates;

namespace CertEngine.Benchmarks.Certificates;

/// <summary>
/// One certificate from fields to printable HTML: sign the public view (ES256), build the verify URL, render the Scriban
/// template with the QR drawn as inline SVG (target: ≤ 1 ms of CPU).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its generated runner from the benchmark class.</remarks>
[MemoryDiagnoser]
public class CertificateRendererBenchmarks
{
    private static readonly CertificateFields Fields = new("S000014040001265000017", "职业技能等级证书", "王秀英", "居民身份证", "14040219900101123X",
        "4-10-01-06", "家政服务员", "家务服务员", 5, "五级/初级工", new DateOnly(2026, 11, 23), "长治市太行家政职业技能评价中心（示例）", "4-10-01-06/家务服务员/5");

    private ECDsa _key = null!;
    private CertificateRenderer _renderer = null!;
    private string _url = "";

    [GlobalSetup]
    public void Setup()
    {
        _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _renderer = ((TemplateLoad.Loaded)CertificateRenderer.Load(CertificateTemplateOptions.Resolve("templates"))).Renderer;
        _url = Url(Sign());
    }

    [GlobalCleanup]
    public void Cleanup() => _key.Dispose();

    [Benchmark]
    public string Sign_View() => Sign();

    [Benchmark]
    public string QrSvg_VerifyUrl() => VerifyQrCode.Svg(_url);

    [Benchmark]
    public int QrEncode_VerifyUrl()
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(_url, QRCoder.QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Count;
    }

    [Benchmark(Baseline = true)]
    public string Render_OneCertificate_SignQrTemplate() => _renderer.RenderCertificate(Fields, Url(Sign()));

    private string Sign()
    {
        var view = new PublicCertificateView(Fields.Number, PublicCertificateView.MaskName(Fields.HolderName),
            IdNumberDigest.Compute(Fields.IdNumber, "c2FsdHNhbHRzYWx0c2FsdA"), Fields.OccupationName, Fields.WorkType, Fields.LevelDisplay, Fields.IssuedOn, Fields.Issuer);
        return CertificateSigner.Sign(view, _key, "ce-0123456789abcdef");
    }

    private static string Url(string token) => $"http://127.0.0.1:5080/v/{Fields.Number}?t={token}";
}
