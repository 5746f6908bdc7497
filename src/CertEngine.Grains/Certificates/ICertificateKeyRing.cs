using System.Security.Cryptography;

namespace CertEngine.Grains.Certificates;

/// <summary>
/// The certificate signing keys: the current ECDSA P-256 key with its key id, and every public key ever used, so a
/// certificate signed before a key rotation still verifies. The server keeps them in its data folder.
/// </summary>
public interface ICertificateKeyRing
{
    /// <summary>The key id (JWS <c>kid</c>) of the current signing key.</summary>
    string CurrentKeyId { get; }

    /// <summary>The current signing key (private).</summary>
    ECDsa CurrentKey { get; }

    /// <summary>Every verification key by key id.</summary>
    IReadOnlyDictionary<string, ECDsa> PublicKeys { get; }
}
