using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts.Certificates;
using CertEngine.Documents;
using CertEngine.Documents.Qr;
using CertEngine.Domain.Certificates;
using QRCoder;

namespace CertEngine.Benchmarks.Certificates;

/// <summary>
/// The <c>render-cpu [count]</c> command: process CPU time (not wall time) per operation of rendering one certificate and
/// of its parts, and of QRCoder's encoding per QR version, on one thread. On a machine shared with other work, wall
/// time (what BenchmarkDotNet reports) grows with every other process's load; CPU time much less. Each figure is the
/// median and the least of 7 rounds of <c>count</c> operations (default 1,000) after a warm-up.
/// </summary>
public static class CertificateCpuRun
{
    public const string Command = "render-cpu";

    private const int Rounds = 7;

    // Byte-mode capacity at ECC M and L of versions 1–20 (ISO/IEC 18004 table 7).
    private static readonly int[] CapacityM = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666];
    private static readonly int[] CapacityL = [17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858];

    private static readonly CertificateFields Fields = new("S000014040001265000017", "职业技能等级证书", "王秀英", "居民身份证", "14040219900101123X",
        "4-10-01-06", "家政服务员", "家务服务员", 5, "五级/初级工", new DateOnly(2026, 11, 23), "长治市太行家政职业技能评价中心（示例）", "4-10-01-06/家务服务员/5");

    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var renderer = ((TemplateLoad.Loaded)CertificateRenderer.Load(CertificateTemplateOptions.Resolve("templates"))).Renderer;
        string Sign() => CertificateSigner.Sign(Claims(), key, "ce-0123456789abcdef");
        string SignVersion2() => CertificateSigner.Sign(View(), key, "ce-0123456789abcdef");
        var url = Url(Sign());
        var version2Url = Url(SignVersion2());
        Console.WriteLine($"processors {Environment.ProcessorCount}, {RuntimeInformationText()}, load {LoadAverage()}");
        Console.WriteLine($"version 3: URL {url.Length} characters, QR version {VerifyQrCode.VersionOf(url)} (M); version 2: URL {version2Url.Length}, QR version {VerifyQrCode.VersionOf(version2Url)}");
        Console.WriteLine("operation | median µs CPU | least µs CPU");
        Report("sign (ES256, v3 claims)", count, () => Sign().Length);
        Report("QR SVG of the v3 URL", count, () => Svg(url).Length);
        Report("QR SVG of the v2 URL", count, () => Svg(version2Url).Length);
        Report("whole certificate, v3: sign + QR SVG + template", count, () => renderer.RenderCertificate(Fields, Url(Sign())).Length);
        Report("whole certificate, v2: sign + QR SVG + template", count, () => renderer.RenderCertificate(Fields, Url(SignVersion2())).Length);
        foreach (var (level, capacity) in new[] { (QRCodeGenerator.ECCLevel.M, CapacityM), (QRCodeGenerator.ECCLevel.L, CapacityL) })
        {
            foreach (var version in new[] { 8, 10, 11, 12, 13, 14, 15, 16, 20 })
            {
                var text = Filled(capacity[version - 1]);
                Report($"QRCoder encode, ECC {level}, version {version} ({text.Length} bytes)", count, () =>
                {
                    using var data = QRCodeGenerator.GenerateQrCode(text, level);
                    return data.ModuleMatrix.Count;
                });
            }
        }

        return 0;
    }

    private static string Svg(string url)
    {
        using var code = VerifyQrCode.Encode(url);
        return code.ToSvg();
    }

    private static void Report(string name, int count, Func<int> operation)
    {
        var sink = 0;
        for (var i = 0; i < Math.Max(200, count / 5); i++)
        {
            sink += operation();
        }

        var perOperation = new double[Rounds];
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            for (var i = 0; i < count; i++)
            {
                sink += operation();
            }

            process.Refresh();
            perOperation[round] = (process.TotalProcessorTime - before).TotalMicroseconds / count;
        }

        Array.Sort(perOperation);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} | {perOperation[Rounds / 2]:F0} | {perOperation[0]:F0}") + (sink == 42 ? " " : ""));
    }

    private static CertificateClaims Claims()
    {
        Span<byte> salt = stackalloc byte[IdNumberDigest.CompactSaltBytes];
        RandomNumberGenerator.Fill(salt);
        return new CertificateClaims(Fields.Number, PublicCertificateView.MaskName(Fields.HolderName),
            IdNumberDigest.ComputeCompact(Fields.IdNumber, System.Buffers.Text.Base64Url.EncodeToString(salt)), Fields.OccupationCode, Fields.WorkType,
            Fields.LevelDigit, Fields.IssuedOn, Fields.Number[..13]);
    }

    private static PublicCertificateView View() => new(Fields.Number, PublicCertificateView.MaskName(Fields.HolderName),
        IdNumberDigest.Compute(Fields.IdNumber, "c2FsdHNhbHRzYWx0c2FsdA"), Fields.OccupationName, Fields.WorkType, Fields.LevelDisplay, Fields.IssuedOn, Fields.Issuer);

    private static string Url(string token) => $"http://127.0.0.1:5080/v/{Fields.Number}?t={token}";

    private static byte[] Filled(int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var random = new Random(length);
        var text = new StringBuilder("http://127.0.0.1:5080/v/");
        while (text.Length < length)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
