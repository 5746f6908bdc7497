using System.Globalization;
using System.Security.Cryptography;
using CertEngine.Storage.Keys;

namespace CertEngine.Server.Hosting.Keys;

/// <summary>
/// The <c>{data}/keys/certificate-signing-{yyyyMMddHHmmss}.pem</c> files where servers before the stored key table
/// kept their signing keys. They are read (for a one-time import) and never written or removed.
/// </summary>
public static class LegacyKeyFolder
{
    private const string Prefix = "certificate-signing-";

    /// <summary>The keys of the folder's PEM files, oldest first; none when the folder does not exist.</summary>
    /// <param name="dataDirectory">The data folder (<c>--data</c>) that may hold <c>keys/</c>.</param>
    public static IReadOnlyList<NewSigningKey> Read(string dataDirectory)
    {
        var directory = Path.Combine(dataDirectory, "keys");
        if (!Directory.Exists(directory))
        {
            return [];
        }

        // The UTC time in the name orders the files, as the old server did: the newest signed.
        return Directory.GetFiles(directory, Prefix + "*.pem").Order(StringComparer.Ordinal).Select(file =>
        {
            var pem = File.ReadAllText(file);
            using var key = ECDsa.Create();
            key.ImportFromPem(pem);
            return new NewSigningKey(CertificateKeys.KeyIdOf(key), key.ExportPkcs8PrivateKeyPem(), CreatedAt(file));
        }).ToList();
    }

    private static DateTimeOffset CreatedAt(string file) =>
        DateTimeOffset.TryParseExact(Path.GetFileNameWithoutExtension(file)[Prefix.Length..], "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : new DateTimeOffset(File.GetLastWriteTimeUtc(file));
}
