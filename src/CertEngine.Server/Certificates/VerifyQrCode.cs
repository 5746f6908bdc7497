using System.Runtime.InteropServices;
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
    /// <c>&lt;path&gt;</c>, drawn from QRCoder's module matrix, whose 1-unit stroke along the middle of each row covers each
    /// run of dark modules (<c>M{x} {y}.5h{run}</c>, then <c>m{gap} 0h{run}</c> along the row).
    /// </summary>
    /// <exception cref="ArgumentException">The address is not ASCII (a verify address never is anything else).</exception>
    public static string Svg(string verifyUrl)
    {
        using var data = Encode(verifyUrl);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var row = new bool[size];
        var svg = new StringBuilder(256 + (size * size / 2));
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(size).Append(' ').Append(size)
            .Append("\" shape-rendering=\"crispEdges\"><rect width=\"").Append(size).Append("\" height=\"").Append(size)
            .Append("\" fill=\"#ffffff\"/><path stroke=\"#000000\" stroke-width=\"1\" d=\"");
        for (var y = 0; y < size; y++)
        {
            matrix[y].CopyTo(row, 0);
            var modules = MemoryMarshal.Cast<bool, byte>(row.AsSpan());
            var end = -1;
            var x = 0;
            while (x < size && modules[x..].IndexOf((byte)1) is var offset and >= 0)
            {
                var start = x + offset;
                var length = modules[start..].IndexOf((byte)0) is var light and >= 0 ? light : size - start;
                if (end < 0)
                {
                    svg.Append('M').Append(start).Append(' ').Append(y).Append(".5h").Append(length);
                }
                else
                {
                    svg.Append('m').Append(start - end).Append(" 0h").Append(length);
                }

                x = end = start + length;
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
