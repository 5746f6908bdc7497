using System.Diagnostics;

namespace CertEngine.Tests.Shared;

/// <summary>Reads a QR image back with zbarimg (zbar-tools, installed by test.sh), QR codes only: zbar may otherwise read a stray 1-D barcode in the modules. Linked into the test projects as source.</summary>
internal static class Zbar
{
    public static string Decode(string png)
    {
        using var process = Process.Start(new ProcessStartInfo("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text;
    }
}
