using System.Collections;
using System.Text;
using QRCoder;

namespace CertEngine.Documents.Qr;

/// <summary>
/// The QR code of one verify address, encoded once by QRCoder and drawn from that one encoding as SVG (to inline in
/// HTML) and, when asked, as PNG (for files). The address is encoded in plain byte mode (it is ASCII, so no ECI or
/// UTF-8 flag is written) with error correction M (15 %): the code is printed on paper and read by phones, where M is
/// the usual trade between size and surviving a crease or a smudge. Both drawings have QRCoder's quiet zone of four
/// modules, so a phone or zbarimg reads them off paper or a screen; the PNG has 10 px modules.
/// </summary>
/// <remarks>
/// Encoding (QRCoder's <c>QRCodeGenerator.GenerateQrCode</c>, which tries and scores all eight masks) is nearly all of a QR's cost, so a certificate is encoded once and both drawings
/// read the same module matrix. The SVG is drawn here, not by QRCoder's <see cref="SvgQRCode"/>: one stroked path
/// of the dark runs is a fraction of the text of a square per module, and scales to any box (viewBox only).
/// </remarks>
public sealed class VerifyQrCode : IDisposable
{
    /// <summary>The error correction level of every certificate QR code.</summary>
    public const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    /// <summary>PNG pixels per module.</summary>
    public const int PngModulePixels = 10;

    private readonly QRCodeData _data;

    private VerifyQrCode(QRCodeData data) => _data = data;

    /// <summary>The QR version (1–40): 17 + 4 × version modules a side, without the quiet zone.</summary>
    public int Version => _data.Version;

    /// <summary>Encodes <paramref name="verifyUrl"/> (byte mode, ECC M, no ECI).</summary>
    /// <exception cref="ArgumentException">The address is empty or not ASCII (a verify address never is anything else).</exception>
    public static VerifyQrCode Encode(string verifyUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(verifyUrl);
        if (!Ascii.IsValid(verifyUrl))
        {
            throw new ArgumentException("a verify address is ASCII (its number and token are escaped)", nameof(verifyUrl));
        }

        return new VerifyQrCode(QRCodeGenerator.GenerateQrCode(Encoding.ASCII.GetBytes(verifyUrl), ErrorCorrection));
    }

    /// <summary>The QR version <see cref="Encode"/> chooses for <paramref name="verifyUrl"/>.</summary>
    /// <exception cref="ArgumentException">The address is empty or not ASCII.</exception>
    public static int VersionOf(string verifyUrl)
    {
        using var code = Encode(verifyUrl);
        return code.Version;
    }

    /// <summary>
    /// An <c>&lt;svg&gt;</c> element that scales to its box (viewBox only, no width or height): a white square and one
    /// <c>&lt;path&gt;</c> whose 1-unit stroke along the middle of each row covers each run of dark modules
    /// (<c>M{x} {y}.5h{run}</c>, then <c>m{gap} 0h{run}</c> along the row). Coordinates include the quiet zone.
    /// </summary>
    public string ToSvg()
    {
        var rows = _data.ModuleMatrix;
        var size = rows.Count;
        var svg = new StringBuilder(256 + (size * size / 2));
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(size).Append(' ').Append(size)
            .Append("\" shape-rendering=\"crispEdges\"><rect width=\"").Append(size).Append("\" height=\"").Append(size)
            .Append("\" fill=\"#ffffff\"/><path stroke=\"#000000\" stroke-width=\"1\" d=\"");
        for (var y = 0; y < size; y++)
        {
            AppendRow(svg, rows[y], y);
        }

        return svg.Append("\"/></svg>").ToString();
    }

    /// <summary>The PNG bytes, drawn by QRCoder's <see cref="PngByteQRCode"/> from the same encoding.</summary>
    public byte[] ToPng() => new PngByteQRCode(_data).GetGraphic(PngModulePixels);

    /// <inheritdoc />
    public void Dispose() => _data.Dispose();

    private static void AppendRow(StringBuilder svg, BitArray row, int y)
    {
        var size = row.Length;
        var end = -1;
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

            if (end < 0)
            {
                svg.Append('M').Append(start).Append(' ').Append(y).Append(".5h").Append(x - start);
            }
            else
            {
                svg.Append('m').Append(start - end).Append(" 0h").Append(x - start);
            }

            end = x;
        }
    }
}
