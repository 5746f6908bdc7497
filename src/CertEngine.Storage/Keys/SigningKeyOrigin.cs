namespace CertEngine.Storage.Keys;

/// <summary>How a certificate signing key came into the key table.</summary>
public enum SigningKeyOrigin
{
    /// <summary>Made by the server at its first start or by <c>keys rotate</c>; the newest generated key signs.</summary>
    Generated,

    /// <summary>
    /// Read from a PEM file of an older data folder's <c>keys/</c>, so the certificates it signed keep verifying. It
    /// signs only while no generated key exists.
    /// </summary>
    Imported,
}
