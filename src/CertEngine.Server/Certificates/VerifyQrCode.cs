using QRCoder;

namespace CertEngine.Server.Certificates;

/// <summary>
/// The QR code of a verify address: SVG to inline in HTML, PNG for files. Error correction M (15 %), 10 px modules for
/// the PNG, a quiet zone of four modules, so a phone or zbarimg reads it off paper or a screen.
/// </summary>
public static class VerifyQrCode
{
    /// <summary>An <c>&lt;svg&gt;</c> element that scales to its box (viewBox only, no width or height).</summary>
    public static string Svg(string verifyUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(verifyUrl, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>The PNG bytes.</summary>
    public static byte[] Png(string verifyUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(verifyUrl, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(10);
    }
}
