using System.Text;
using BenchmarkDotNet.Attributes;
using CertEngine.Server.Certificates.Qr;
using QRCoder;

namespace CertEngine.Benchmarks.Certificates;

/// <summary>
/// Our QR encoder (<c>QrMatrix</c>, what <c>VerifyQrCode</c> uses) and QRCoder's, alone (byte mode, ECC M), on ASCII
/// text that just fills each QR version: the cost of a version, whatever the token.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its generated runner from the benchmark class.</remarks>
[MemoryDiagnoser]
public class QrEncodeBenchmarks
{
    // Byte-mode capacity at ECC M of versions 1–20 (ISO/IEC 18004 table 7).
    private static readonly int[] CapacityM = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666];

    private byte[] _text = [];

    /// <summary>The QR version the text fills.</summary>
    [Params(8, 10, 12, 13, 14, 16, 20)]
    public int Version { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var random = new Random(Version);
        var text = new StringBuilder("http://127.0.0.1:5080/v/");
        while (text.Length < CapacityM[Version - 1])
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        _text = Encoding.ASCII.GetBytes(text.ToString());
    }

    [Benchmark]
    public int Encode_FilledVersion_Ours() => QrMatrix.Encode(_text, QrErrorCorrection.M).Size;

    [Benchmark(Baseline = true)]
    public int Encode_FilledVersion()
    {
        using var data = QRCodeGenerator.GenerateQrCode(_text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Count;
    }
}
