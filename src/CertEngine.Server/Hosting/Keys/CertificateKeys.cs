using System.Security.Cryptography;
using CertEngine.Storage.Keys;

namespace CertEngine.Server.Hosting.Keys;

/// <summary>Making certificate signing keys and naming them (key ids), and rotation.</summary>
public static class CertificateKeys
{
    /// <summary>The key id: <c>ce-</c> and the first 16 hex digits of the SHA-256 of the public key (SubjectPublicKeyInfo).</summary>
    public static string KeyIdOf(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return "ce-" + Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
    }

    /// <summary>A fresh P-256 key, ready to store.</summary>
    public static NewSigningKey Generate(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new NewSigningKey(KeyIdOf(key), key.ExportPkcs8PrivateKeyPem(), clock.GetUtcNow());
    }

    /// <summary>
    /// Stores a new signing key (rotation) and returns its key id. Every server signs with it from its next refresh
    /// (<see cref="Options.KeyRingOptions.RefreshInterval"/>); every older key stays stored and published, so
    /// certificates signed with it still verify.
    /// </summary>
    public static async Task<string> RotateAsync(SigningKeyTable table, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var key = Generate(clock);

        // A fresh random key cannot collide with a stored one; if it ever did, that is a broken random source.
        return await table.AddAsync(key, cancellationToken)
            ? key.KeyId
            : throw new InvalidOperationException($"A new key's id {key.KeyId} is already stored.");
    }
}
