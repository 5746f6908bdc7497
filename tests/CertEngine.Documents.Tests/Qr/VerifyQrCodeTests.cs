using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CertEngine.Documents.Qr;
using CertEngine.TestSupport;
using QRCoder;

namespace CertEngine.Documents.Tests.Qr;

public sealed partial class VerifyQrCodeTests
{
    private const string Url = "http://127.0.0.1:5080/v/S000014040001265000007?t=eyJhbGciOiJFUzI1NiIsImtpZCI6ImNlLTAxMjM0NTY3ODlhYmNkZWYifQ.WzMsIlMwMDAwMTQwNDAwMDEyNjUwMDAwMDciXQ.c2lnbmF0dXJl";

    [Fact]
    public void ToSvg_OneStrokedPathOverAWhiteSquare_DrawsExactlyQRCodersDarkModules()
    {
        using var code = VerifyQrCode.Encode(Url);

        var svg = code.ToSvg();

        var document = new XmlDocument();
        document.LoadXml(svg);
        var paths = document.GetElementsByTagName("path");
        var path = (XmlElement)Assert.Single(paths.Cast<XmlNode>());
        using var expected = QRCodeGenerator.GenerateQrCode(Encoding.ASCII.GetBytes(Url), QRCodeGenerator.ECCLevel.M);
        var size = expected.ModuleMatrix.Count;
        Assert.Equal($"0 0 {size} {size}", document.DocumentElement!.GetAttribute("viewBox"));
        Assert.Equal(("#000000", "1"), (path.GetAttribute("stroke"), path.GetAttribute("stroke-width")));
        var drawn = new bool[size, size];
        var (x, y) = (0, -1);
        var d = path.GetAttribute("d");
        Assert.Matches(@"^(M\d+ \d+\.5h\d+(m\d+ 0h\d+)*)+$", d);
        foreach (Match command in Command().Matches(d))
        {
            if (command.Groups[1].Value == "M")
            {
                (x, y) = (int.Parse(command.Groups[2].Value), int.Parse(command.Groups[3].Value));
            }
            else
            {
                x += int.Parse(command.Groups[2].Value);
            }

            for (var i = 0; i < int.Parse(command.Groups[4].Value); i++, x++)
            {
                Assert.False(drawn[y, x], $"module {x},{y} drawn twice");
                drawn[y, x] = true;
            }
        }

        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                Assert.True(expected.ModuleMatrix[row][column] == drawn[row, column], $"module {column},{row}");
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
    public void ToPng_VerifyAddress_DecodesWithZbarimgToTheExactUrl()
    {
        using var code = VerifyQrCode.Encode(Url);
        var png = Path.Combine(Directory.CreateTempSubdirectory("certengine-qr-").FullName, "qr.png");

        File.WriteAllBytes(png, code.ToPng());

        try
        {
            Assert.Equal(Url, Zbar.Decode(png));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(png)!, recursive: true);
        }
    }

    [Fact]
    public void Encode_NonAsciiAddress_Throws()
    {
        Assert.Throws<ArgumentException>(() => VerifyQrCode.Encode("http://127.0.0.1:5080/v/证书"));
        Assert.Throws<ArgumentException>(() => VerifyQrCode.VersionOf("http://127.0.0.1:5080/v/证书"));
    }

    // An absolute move to the middle of row y, or a move along the row; then a horizontal stroke over a run.
    [GeneratedRegex(@"([Mm])(\d+) (\d+)(?:\.5)?h(\d+)")]
    private static partial Regex Command();
}
