using System.Security.Cryptography;
using CertEngine.Domain.Certificates;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// The published keys as a JWKS, built once per set of keys. A key id is the digest of its public key
/// (<c>CertificateKeys</c>), so the same ids mean the same keys; a rotation or a refresh that adds a key gives a new
/// set, built on the next request. Building the JWKS exports every key's parameters, which cost the public, unthrottled
/// <c>/.well-known/jwks.json</c> as much CPU per request as a verification.
/// </summary>
public sealed class JsonWebKeySetCache
{
    private Built? _last;

    /// <summary>The JWKS of <paramref name="keys"/>, ordered by key id.</summary>
    public JsonWebKeySetResponse For(IReadOnlyDictionary<string, ECDsa> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ids = keys.Keys.Order(StringComparer.Ordinal).ToArray();
        if (Volatile.Read(ref _last) is { } last && last.Ids.AsSpan().SequenceEqual(ids))
        {
            return last.Set;
        }

        var set = new JsonWebKeySetResponse(ids.Select(id => Jwk.FromPublicKey(keys[id], id)).ToList());
        Volatile.Write(ref _last, new Built(ids, set));
        return set;
    }

    private sealed record Built(string[] Ids, JsonWebKeySetResponse Set);
}
