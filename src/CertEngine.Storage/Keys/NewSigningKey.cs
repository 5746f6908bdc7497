namespace CertEngine.Storage.Keys;

/// <summary>A certificate signing key about to be stored.</summary>
/// <param name="KeyId">The JWS <c>kid</c>, derived from the public key; unique in the table.</param>
/// <param name="PrivateKeyPem">The PKCS#8 private key, PEM encoded.</param>
/// <param name="CreatedAt">When the key was made (for an imported key: when its file was).</param>
public sealed record NewSigningKey(string KeyId, string PrivateKeyPem, DateTimeOffset CreatedAt);
