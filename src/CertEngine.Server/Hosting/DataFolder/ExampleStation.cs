using System.Globalization;
using System.Security.Cryptography;

namespace CertEngine.Server.Hosting.DataFolder;

/// <summary>
/// The 站点序列码 the example issuer (<see cref="Domain.Certificates.ExampleIssuer"/>) uses on this install: six digits
/// drawn once per data folder and kept in it (<see cref="FileName"/>), instead of the shipped <c>040001</c> that every
/// install shares.
/// </summary>
/// <remarks>
/// A certificate number is the issuer's 13-character registration (category, body code, province, station) followed
/// by the year, the level and a serial counted per prefix on this install. Two demo installs with the same station
/// would number their certificates identically (<c>S000014040001265000001</c> on both), so a demo certificate from one
/// would seem to verify, or clash, at another. With a station drawn per install the prefixes differ (one chance in
/// 900 000 that two installs share one), and a real issuer's configured station is never touched. A data folder that
/// already holds data but no kept station (made by the November 2026 release) keeps the configured station: its
/// certificates' tokens name it, and they must still verify.
/// </remarks>
public static class ExampleStation
{
    /// <summary>The file in the data folder that keeps the drawn station code.</summary>
    public const string FileName = "example-issuer-station.txt";

    /// <summary>
    /// Whether <paramref name="dataDirectory"/> is new: missing, or holding nothing but the start-up lock file. Ask before
    /// the server writes anything else.
    /// </summary>
    public static bool IsNew(string dataDirectory) => !Directory.Exists(dataDirectory)
        || Directory.EnumerateFileSystemEntries(dataDirectory).All(entry => Path.GetFileName(entry) == DataFolderLock.FileName);

    /// <summary>
    /// This data folder's example station: the kept one; else, in a new folder, one drawn now, in an older one
    /// <paramref name="configured"/>; either is kept from now on.
    /// </summary>
    public static string For(string dataDirectory, bool isNew, string configured)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: 6 } kept && kept.All(char.IsAsciiDigit))
        {
            return kept;
        }

        Directory.CreateDirectory(dataDirectory);
        var drawn = isNew ? RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture) : configured;
        File.WriteAllText(path, drawn + Environment.NewLine);
        return drawn;
    }
}
