using System.Security.Cryptography;
using CertEngine.Domain.Certificates;
using CertEngine.Server.Features.Verification;

namespace CertEngine.Server.Tests.Certificates;

/// <summary>The JWKS is built once per set of published keys, and a new key is published at once.</summary>
public sealed class JsonWebKeySetCacheTests
{
    [Fact]
    public void For_TheSameKeys_AnswersTheSameSet_AndANewKeyGivesANewSetWithEveryKey()
    {
        using var first = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var second = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var cache = new JsonWebKeySetCache();
        var keys = new Dictionary<string, ECDsa> { ["ce-b"] = first };

        var once = cache.For(keys);
        var again = cache.For(new Dictionary<string, ECDsa>(keys));
        keys["ce-a"] = second;
        var rotated = cache.For(keys);

        Assert.Same(once, again);
        Assert.Equal(Jwk.FromPublicKey(first, "ce-b"), Assert.Single(once.Keys));
        Assert.Equal(["ce-a", "ce-b"], rotated.Keys.Select(k => k.Kid));
        Assert.Equal(Jwk.FromPublicKey(second, "ce-a"), rotated.Keys[0]);
        Assert.Same(rotated, cache.For(keys));
    }
}
