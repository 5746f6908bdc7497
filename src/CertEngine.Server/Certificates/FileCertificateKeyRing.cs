using System.Security.Cryptography;
using CertEngine.Grains.Certificates;

namespace CertEngine.Server.Certificates;

/// <summary>
/// The certificate signing keys, kept as PKCS#8 PEM files under <c>{data}/keys</c>. The first start generates a
/// P-256 key; no key ever ships with the repository. The newest file signs; every file still verifies.
/// </summary>
public sealed class FileCertificateKeyRing : ICertificateKeyRing
{
    private const string Pattern = "certificate-signing-*.pem";

    /// <summary>Loads the keys in <paramref name="dataDirectory"/>, generating the first one when there is none.</summary>
    public FileCertificateKeyRing(string dataDirectory, TimeProvider clock)
    {
        var directory = Path.Combine(dataDirectory, "keys");
        Directory.CreateDirectory(directory);
        var files = Directory.GetFiles(directory, Pattern).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            files.Add(Generate(directory, clock));
        }

        var keys = new Dictionary<string, ECDsa>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var key = ECDsa.Create();
            key.ImportFromPem(File.ReadAllText(file));
            keys[KeyIdOf(key)] = key;
            CurrentKey = key;
        }

        CurrentKeyId = KeyIdOf(CurrentKey!);
        PublicKeys = keys;
    }

    /// <inheritdoc />
    public string CurrentKeyId { get; }

    /// <inheritdoc />
    public ECDsa CurrentKey { get; } = null!;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, ECDsa> PublicKeys { get; }

    /// <summary>
    /// Adds a new signing key to <paramref name="dataDirectory"/> (key rotation) and returns its kid, or null when a key
    /// of the same second already exists. The new key signs from the next start; every older key stays in the folder,
    /// so it stays in the JWKS and certificates signed with it still verify.
    /// </summary>
    public static string? Rotate(string dataDirectory, TimeProvider clock)
    {
        var directory = Path.Combine(dataDirectory, "keys");
        Directory.CreateDirectory(directory);
        if (File.Exists(PathFor(directory, clock)))
        {
            return null;
        }

        var path = Generate(directory, clock);
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return KeyIdOf(key);
    }

    /// <summary>The key id: the first 16 hex digits of the SHA-256 of the public key (SubjectPublicKeyInfo).</summary>
    public static string KeyIdOf(ECDsa key) =>
        "ce-" + Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];

    private static string Generate(string directory, TimeProvider clock)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var path = PathFor(directory, clock);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    // The UTC time in the name orders the files: the newest is the current signing key.
    private static string PathFor(string directory, TimeProvider clock) =>
        Path.Combine(directory, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"certificate-signing-{clock.GetUtcNow():yyyyMMddHHmmss}.pem"));
}
