using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace CertEngine.Server.Features.Results;

/// <summary>
/// The keys the results and 发证 pages give a candidate's row, checkbox and transcript link instead of the whole ID number
/// (which no page puts in an HTML attribute): a keyed hash (HMAC-SHA-256) of the ID number, 22 URL-safe characters, so a
/// key says nothing about the person and cannot be guessed from their number. The server finds the person again among the
/// candidates the page lists (a track's enrolled or its results).
/// </summary>
/// <remarks>
/// The salt is derived (HKDF-SHA-256, its own purpose label) from the master key of the oldest usable key of the install's
/// ASP.NET Core Data Protection key ring, which every server of the install reads from the record store
/// (<c>certenginedataprotectionkeys</c>) and which outlives restarts: so every front end behind one balancer, and the same
/// server after a restart, gives a candidate the same key, and no secret lives in the repository or in configuration.
/// Revoking or deleting that key changes the keys (a page opened before is told to reload, as after any other change);
/// each server reads the salt once, at its first use.
/// </remarks>
public sealed class CandidateRowKeys
{
    /// <summary>The length of a key.</summary>
    public const int Length = 22;

    // HKDF's "info": what the derived bytes are for, so they are never the same as any other use of the master key.
    private static readonly byte[] Purpose = "CertEngine.CandidateRowKeys.v1"u8.ToArray();

    private readonly Lazy<byte[]> _salt;

    /// <summary>Keys salted from the install's Data Protection key ring (<paramref name="keys"/>).</summary>
    public CandidateRowKeys(IKeyManager keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _salt = new Lazy<byte[]>(() => SaltOf(keys), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The key of the candidate with ID number <paramref name="idNumber"/> (case and spaces around it ignored).</summary>
    public string Of(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        var hash = HMACSHA256.HashData(_salt.Value, Encoding.UTF8.GetBytes(idNumber.Trim().ToUpperInvariant()));
        return Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The ID numbers among <paramref name="candidates"/> whose keys are in <paramref name="keys"/>, in the order of the keys; unknown keys are left out.</summary>
    public IReadOnlyList<string> Find(IEnumerable<string> keys, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(candidates);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var idNumber in candidates)
        {
            byKey.TryAdd(Of(idNumber), idNumber);
        }

        return [.. keys.Select(k => byKey.GetValueOrDefault(k.Trim())).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The salt: HKDF-SHA-256 of the master key of the oldest key of the ring that is not revoked and can be read (the same
    /// one on every server of the store), with the key's id as HKDF salt.
    /// </summary>
    /// <exception cref="InvalidOperationException">The ring holds no usable key (the server's start makes one first).</exception>
    internal static byte[] SaltOf(IKeyManager keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys.GetAllKeys().Where(k => !k.IsRevoked).OrderBy(k => k.CreationDate).ThenBy(k => k.KeyId))
        {
            if (MasterKeyOf(key) is { } master)
            {
                try
                {
                    return HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, key.KeyId.ToByteArray(), Purpose);
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(master);
                }
            }
        }

        throw new InvalidOperationException("The Data Protection key ring holds no usable key to salt the row keys with.");
    }

    // The master key as the descriptor exports it (<descriptor>…<masterKey><value>base64</value></masterKey>), or null
    // when the key cannot be read here (e.g. it was encrypted at rest with a certificate this server lacks).
    private static byte[]? MasterKeyOf(IKey key)
    {
        try
        {
            var value = key.Descriptor.ExportToXml().SerializedDescriptorElement.Element("masterKey")?.Element("value")?.Value;
            return value is null ? null : Convert.FromBase64String(value);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
