namespace CertEngine.Storage.Keys;

/// <summary>A certificate signing key as the key table holds it.</summary>
/// <param name="Sequence">The row's number: later rows were stored later.</param>
/// <param name="KeyId">The JWS <c>kid</c>.</param>
/// <param name="PrivateKeyPem">The PKCS#8 private key, PEM encoded. Never leaves the server.</param>
/// <param name="Origin">Generated here or imported from an older data folder.</param>
/// <param name="CreatedAt">When the key was made.</param>
public sealed record StoredSigningKey(long Sequence, string KeyId, string PrivateKeyPem, SigningKeyOrigin Origin, DateTimeOffset CreatedAt)
{
    /// <summary>
    /// The key that signs among <paramref name="keys"/>: the newest generated one, or the newest imported one while
    /// none was generated; null for an empty table.
    /// </summary>
    public static StoredSigningKey? SigningKeyOf(IEnumerable<StoredSigningKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.OrderBy(key => key.Origin == SigningKeyOrigin.Generated).ThenBy(key => key.Sequence).LastOrDefault();
    }
}
