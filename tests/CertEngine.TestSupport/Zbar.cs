using System.Diagnostics;

namespace CertEngine.TestSupport;

/// <summary>Reads a QR image back with zbarimg (zbar-tools, installed by test.sh), QR codes only: zbar may otherwise read a stray 1-D barcode in the modules.</summary>
public static class Zbar
{
    /// <summary>The text of the QR code in the PNG file <paramref name="png"/>, or empty when none is found.</summary>
    public static string Decode(string png)
    {
        using var process = Process.Start(new ProcessStartInfo("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text;
    }
}
