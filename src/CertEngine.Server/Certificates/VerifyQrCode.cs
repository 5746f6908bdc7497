using System.Globalization;
using System.Text;
using QRCoder;

namespace CertEngine.Server.Certificates;

/// <summary>
/// The QR code of a verify address: SVG to inline in HTML, PNG for files. QRCoder encodes it in plain byte mode (the
/// address is ASCII, so no ECI or UTF-8 flag is written) with error correction M (15 %): the code is printed on paper
/// and read by phones, where M is the usual trade between size and surviving a crease or a smudge. The PNG has 10 px
/// modules; both have a quiet zone of four modules, so a phone or zbarimg reads it off paper or a screen.
/// </summary>
public static class VerifyQrCode
{
    /// <summary>The error correction level of every certificate QR code.</summary>
    public const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    /// <summary>
    /// An <c>&lt;svg&gt;</c> element that scales to its box (viewBox only, no width or height): a white square and one
    /// <c>&lt;path&gt;</c> with a rectangle per run of dark modules in a row, drawn from QRCoder's module matrix.
    /// </summary>
    /// <exception cref="ArgumentException">The address is not ASCII (a verify address never is anything else).</exception>
    public static string Svg(string verifyUrl)
    {
        using var data = Encode(verifyUrl);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var svg = new StringBuilder(64 + (size * size * 3));
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"");
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            var x = 0;
            while (x < size)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < size && row[x])
                {
                    x++;
                }

                svg.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }

        return svg.Append("\"/></svg>").ToString();
    }

    /// <summary>The PNG bytes.</summary>
    /// <exception cref="ArgumentException">The address is not ASCII.</exception>
    public static byte[] Png(string verifyUrl)
    {
        using var data = Encode(verifyUrl);
        return new PngByteQRCode(data).GetGraphic(10);
    }

    /// <summary>The QR version (1–40) QRCoder chooses for <paramref name="verifyUrl"/>: 17 + 4 × version modules a side.</summary>
    public static int VersionOf(string verifyUrl)
    {
        using var data = Encode(verifyUrl);
        return (data.ModuleMatrix.Count - 8 - 17) / 4;
    }

    // The byte[] overload is plain byte mode with no ECI designator and skips QRCoder's text analysis.
    private static QRCodeData Encode(string verifyUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(verifyUrl);
        if (!Ascii.IsValid(verifyUrl))
        {
            throw new ArgumentException("a verify address is ASCII (its number and token are escaped)", nameof(verifyUrl));
        }

        return QRCodeGenerator.GenerateQrCode(Encoding.ASCII.GetBytes(verifyUrl), ErrorCorrection);
    }
}
