using System.Text;
using CertEngine.Server.Certificates.Qr;
using QRCoder;

namespace CertEngine.Server.Certificates;

/// <summary>
/// The QR code of a verify address: SVG to inline in HTML, PNG for files. The address is encoded in plain byte mode
/// (it is ASCII, so no ECI or UTF-8 flag is written) with error correction M (15 %): the code is printed on paper and
/// read by phones, where M is the usual trade between size and surviving a crease or a smudge. The PNG has 10 px
/// modules; both have a quiet zone of four modules, so a phone or zbarimg reads it off paper or a screen.
/// </summary>
/// <remarks>
/// The modules come from our own encoder, <see cref="QrMatrix"/>: QRCoder's encoder alone takes more than the issue's
/// 1 ms budget for a whole certificate at version 14, the version an ES256 token needs. Ours gives QRCoder's matrix
/// module for module (tested against it), and QRCoder still draws the PNG.
/// </remarks>
public static class VerifyQrCode
{
    /// <summary>The error correction level of every certificate QR code.</summary>
    public const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    // The same level in our encoder's terms.
    private const QrErrorCorrection Level = QrErrorCorrection.M;

    // Light modules around the symbol, as QRCoder draws it.
    private const int QuietZone = 4;

    /// <summary>
    /// An <c>&lt;svg&gt;</c> element that scales to its box (viewBox only, no width or height): a white square and one
    /// <c>&lt;path&gt;</c>, drawn from the module matrix, whose 1-unit stroke along the middle of each row covers each
    /// run of dark modules (<c>M{x} {y}.5h{run}</c>, then <c>m{gap} 0h{run}</c> along the row).
    /// </summary>
    /// <exception cref="ArgumentException">The address is not ASCII (a verify address never is anything else).</exception>
    public static string Svg(string verifyUrl)
    {
        var matrix = Encode(verifyUrl);
        // The drawing includes the quiet zone: four light modules on each side.
        var size = matrix.Size + (2 * QuietZone);
        var svg = new StringBuilder(256 + (size * size / 2));
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(size).Append(' ').Append(size)
            .Append("\" shape-rendering=\"crispEdges\"><rect width=\"").Append(size).Append("\" height=\"").Append(size)
            .Append("\" fill=\"#ffffff\"/><path stroke=\"#000000\" stroke-width=\"1\" d=\"");
        for (var row = 0; row < matrix.Size; row++)
        {
            var end = -1;
            for (var start = matrix.IndexOfDark(row, 0); start >= 0; start = matrix.IndexOfDark(row, end))
            {
                var length = matrix.IndexOfLight(row, start) - start;
                if (end < 0)
                {
                    svg.Append('M').Append(start + QuietZone).Append(' ').Append(row + QuietZone).Append(".5h").Append(length);
                }
                else
                {
                    svg.Append('m').Append(start - end).Append(" 0h").Append(length);
                }

                end = start + length;
            }
        }

        return svg.Append("\"/></svg>").ToString();
    }

    /// <summary>The PNG bytes, drawn by QRCoder.</summary>
    /// <exception cref="ArgumentException">The address is not ASCII.</exception>
    public static byte[] Png(string verifyUrl)
    {
        using var data = Encode(verifyUrl).ToQrCodeData();
        return new PngByteQRCode(data).GetGraphic(10);
    }

    /// <summary>The QR version (1–40) chosen for <paramref name="verifyUrl"/>: 17 + 4 × version modules a side.</summary>
    /// <exception cref="ArgumentException">The address is not ASCII.</exception>
    public static int VersionOf(string verifyUrl)
    {
        Validate(verifyUrl);
        return QrMatrix.VersionFor(verifyUrl.Length, Level);
    }

    // Byte mode with no ECI designator.
    private static QrMatrix Encode(string verifyUrl)
    {
        Validate(verifyUrl);
        return QrMatrix.Encode(Encoding.ASCII.GetBytes(verifyUrl), Level);
    }

    private static void Validate(string verifyUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(verifyUrl);
        if (!Ascii.IsValid(verifyUrl))
        {
            throw new ArgumentException("a verify address is ASCII (its number and token are escaped)", nameof(verifyUrl));
        }
    }
}
