using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CertEngine.Server.Certificates;
using QRCoder;

namespace CertEngine.Server.Tests.Certificates;

public sealed partial class VerifyQrCodeTests
{
    private const string Url = "http://127.0.0.1:5080/v/S000014040001265000007?t=eyJhbGciOiJFUzI1NiIsImtpZCI6ImNlLTAxMjM0NTY3ODlhYmNkZWYifQ.WzMsIlMwMDAwMTQwNDAwMDEyNjUwMDAwMDciXQ.c2lnbmF0dXJl";

    [Fact]
    public void Svg_OnePathOverAWhiteSquare_DrawsExactlyQRCodersDarkModules()
    {
        var svg = VerifyQrCode.Svg(Url);

        var document = new XmlDocument();
        document.LoadXml(svg);
        var paths = document.GetElementsByTagName("path");
        var path = (XmlElement)Assert.Single(paths.Cast<XmlNode>());
        using var expected = QRCodeGenerator.GenerateQrCode(Encoding.ASCII.GetBytes(Url), QRCodeGenerator.ECCLevel.M);
        var size = expected.ModuleMatrix.Count;
        Assert.Equal($"0 0 {size} {size}", document.DocumentElement!.GetAttribute("viewBox"));
        var drawn = new bool[size, size];
        foreach (Match run in Run().Matches(path.GetAttribute("d")))
        {
            var (x, y, length) = (int.Parse(run.Groups[1].Value), int.Parse(run.Groups[2].Value), int.Parse(run.Groups[3].Value));
            Assert.Equal(run.Groups[3].Value, run.Groups[4].Value);
            for (var i = 0; i < length; i++)
            {
                Assert.False(drawn[y, x + i], $"module {x + i},{y} drawn twice");
                drawn[y, x + i] = true;
            }
        }

        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                Assert.True(expected.ModuleMatrix[y][x] == drawn[y, x], $"module {x},{y}");
            }
        }
    }

    [Fact]
    public void VersionOf_ByteModeEccM_FollowsTheLength()
    {
        // Byte-mode capacity at ECC M: version 14 holds 362 bytes, version 15 holds 412 (ISO/IEC 18004 table 7).
        Assert.Equal(14, VerifyQrCode.VersionOf("http://x/" + new string('a', 362 - 9)));
        Assert.Equal(15, VerifyQrCode.VersionOf("http://x/" + new string('a', 363 - 9)));
    }

    [Fact]
    public void Svg_NonAsciiAddress_Throws()
    {
        Assert.Throws<ArgumentException>(() => VerifyQrCode.Svg("http://127.0.0.1:5080/v/证书"));
    }

    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-(\d+)z")]
    private static partial Regex Run();
}
