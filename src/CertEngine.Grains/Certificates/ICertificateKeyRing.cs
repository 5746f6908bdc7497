using System.Security.Cryptography;

namespace CertEngine.Grains.Certificates;

/// <summary>
/// The certificate signing keys: the current ECDSA P-256 key with its key id, and every public key ever used, so a
/// certificate signed before a key rotation still verifies. The server keeps them in its store (the key table), shared by
/// every server of a cluster.
/// </summary>
public interface ICertificateKeyRing
{
    /// <summary>The key id (JWS <c>kid</c>) of the current signing key.</summary>
    string CurrentKeyId { get; }

    /// <summary>The current signing key (private).</summary>
    ECDsa CurrentKey { get; }

    /// <summary>Every verification key by key id.</summary>
    IReadOnlyDictionary<string, ECDsa> PublicKeys { get; }

    /// <summary>
    /// The current signing key with its key id, read together: a ring that refreshes (after <c>keys rotate</c>) may
    /// change the current key between a read of <see cref="CurrentKeyId"/> and one of <see cref="CurrentKey"/>.
    /// </summary>
    (string KeyId, ECDsa Key) Current => (CurrentKeyId, CurrentKey);
}
