namespace CertEngine.Storage.Keys;

/// <summary>What <see cref="SigningKeyTable.EnsureAsync"/> did, and the keys the table holds afterwards.</summary>
/// <param name="Imported">How many of the offered file keys were new to the table.</param>
/// <param name="GeneratedFirstKey">True when the table was empty and this call stored the first key.</param>
/// <param name="Keys">Every stored key, oldest first.</param>
public sealed record SigningKeySetup(int Imported, bool GeneratedFirstKey, IReadOnlyList<StoredSigningKey> Keys);
