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
/// The <c>render-cpu [count]</c> command: process CPU time (not wall time) of a batch of <c>count</c> certificates
/// (default 1,000; target ≤ 2 s of CPU for 1,000: sign, QR by QRCoder, template), of its parts per operation, and of
/// QRCoder's encoding per QR version, all on one thread. On a machine shared with other work, wall time (what
/// BenchmarkDotNet reports) grows with every other process's load; CPU time much less. Each figure is the median and
/// the least of 7 rounds after a warm-up.
/// </summary>
/// <remarks>
/// Spreading a batch over both cores would shorten its wall time, not its CPU time, so the batch is measured on one
/// thread: the budget is CPU.
/// </remarks>
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
        var batch = Enumerable.Range(1, count).Select(i => Fields with { Number = string.Create(CultureInfo.InvariantCulture, $"S000014040001265{i:000000}") }).ToList();
        string Sign(CertificateFields fields) => CertificateSigner.Sign(Claims(fields), key, "ce-0123456789abcdef");
        var url = Url(Fields, Sign(Fields));
        using var encoded = VerifyQrCode.Encode(url);
        using var qrCoderData = QRCodeGenerator.GenerateQrCode(Encoding.ASCII.GetBytes(url), VerifyQrCode.ErrorCorrection);
        var output = Directory.CreateTempSubdirectory("certengine-render-cpu-");
        Console.WriteLine($"processors {Environment.ProcessorCount}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load {LoadAverage()}");
        Console.WriteLine($"verify URL {url.Length} characters, QR version {encoded.Version} (ECC M, byte mode)");
        try
        {
            Console.WriteLine($"batch of {count} | median s CPU | least s CPU");
            ReportBatch("sign + QR SVG + template (HTML in memory)", batch, fields => renderer.RenderCertificate(fields, Url(fields, Sign(fields))).Length);
            ReportBatch("sign + WriteFiles (HTML + PNG files, one encoding)", batch, fields =>
                renderer.WriteFiles(output.FullName, fields, Url(fields, Sign(fields))).Html.Length);

            Console.WriteLine("operation | median µs CPU | least µs CPU");
            Report("sign (ES256, v3 claims)", count, () => Sign(Fields).Length);
            Report("QR encode (QRCoder, the verify URL)", count, () =>
            {
                using var code = VerifyQrCode.Encode(url);
                return code.Version;
            });
            Report("QR SVG drawing (our path, from the module matrix)", count, () => encoded.ToSvg().Length);
            Report("QR SVG drawing (QRCoder SvgQRCode, for comparison)", count, () => new SvgQRCode(qrCoderData).GetGraphic(1).Length);
            Report("QR PNG drawing (QRCoder PngByteQRCode, 10 px)", count, () => encoded.ToPng().Length);
            Report("whole certificate: sign + QR SVG + template", count, () => renderer.RenderCertificate(Fields, Url(Fields, Sign(Fields))).Length);
            foreach (var (level, capacity) in new[] { (QRCodeGenerator.ECCLevel.M, CapacityM), (QRCodeGenerator.ECCLevel.L, CapacityL) })
            {
                foreach (var version in new[] { 8, 10, 12, 13, 14, 16, 20 })
                {
                    var text = Filled(capacity[version - 1]);
                    Report($"QRCoder encode, ECC {level}, version {version} ({text.Length} bytes)", count, () =>
                    {
                        using var data = QRCodeGenerator.GenerateQrCode(text, level);
                        return data.ModuleMatrix.Count;
                    });
                }
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }

        return 0;
    }

    private static void ReportBatch(string name, List<CertificateFields> batch, Func<CertificateFields, int> operation)
    {
        var sink = 0;
        foreach (var fields in batch.Take(Math.Max(200, batch.Count / 5)))
        {
            sink += operation(fields);
        }

        var seconds = new double[Rounds];
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            foreach (var fields in batch)
            {
                sink += operation(fields);
            }

            process.Refresh();
            seconds[round] = (process.TotalProcessorTime - before).TotalSeconds;
        }

        Array.Sort(seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} | {seconds[Rounds / 2]:F3} | {seconds[0]:F3}") + (sink == 42 ? " " : ""));
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

    private static CertificateClaims Claims(CertificateFields fields)
    {
        Span<byte> salt = stackalloc byte[IdNumberDigest.CompactSaltBytes];
        RandomNumberGenerator.Fill(salt);
        return new CertificateClaims(fields.Number, PublicCertificateView.MaskName(fields.HolderName),
            IdNumberDigest.ComputeCompact(fields.IdNumber, System.Buffers.Text.Base64Url.EncodeToString(salt)), fields.OccupationCode, fields.WorkType,
            fields.LevelDigit, fields.IssuedOn, fields.Number[..13]);
    }

    private static string Url(CertificateFields fields, string token) => $"http://127.0.0.1:5080/v/{fields.Number}?t={token}";

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

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
