using System.Security.Cryptography;
using System.Text;
using CertEngine.Domain.Certificates;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class IdNumberDigestTests
{
    [Fact]
    public void Compute_IsSha256OfTheNumberThenTheSalt()
    {
        var digest = IdNumberDigest.Compute("11010519491231002X", "pepper");

        var expected = SHA256.HashData(Encoding.UTF8.GetBytes("11010519491231002Xpepper"));
        Assert.Equal(System.Buffers.Text.Base64Url.EncodeToString(expected), digest.Hash);
        Assert.Equal("sha256$" + Convert.ToHexStringLower(expected), digest.ToOpenBadgesIdentityHash());
    }

    [Fact]
    public void Matches_SameNumberInLowerCase_IsTrue()
    {
        var digest = IdNumberDigest.Compute("11010519491231002X", "pepper");

        Assert.True(digest.Matches("11010519491231002x"));
    }

    [Theory]
    [InlineData("110105194912310029")]
    [InlineData("")]
    [InlineData(null)]
    public void Matches_AnotherNumber_IsFalse(string? other)
    {
        var digest = IdNumberDigest.Compute("11010519491231002X", "pepper");

        Assert.False(digest.Matches(other));
    }

    [Fact]
    public void Compute_AnotherSalt_GivesAnotherHash()
    {
        Assert.NotEqual(IdNumberDigest.Compute("11010519491231002X", "a").Hash, IdNumberDigest.Compute("11010519491231002X", "b").Hash);
    }

    [Fact]
    public void ComputeCompact_IsTheFirst12BytesOfTheFullHash()
    {
        var digest = IdNumberDigest.ComputeCompact("11010519491231002X", "pepper");

        var expected = SHA256.HashData(Encoding.UTF8.GetBytes("11010519491231002Xpepper"))[..12];
        Assert.Equal(System.Buffers.Text.Base64Url.EncodeToString(expected), digest.Hash);
        Assert.Equal(16, digest.Hash.Length);
        Assert.False(digest.IsFull);
    }

    [Fact]
    public void Matches_CompactDigest_TheNumberAndNoOther()
    {
        var digest = IdNumberDigest.ComputeCompact("11010519491231002X", "pepper");

        Assert.True(digest.Matches("11010519491231002x"));
        Assert.False(digest.Matches("110105194912310029"));
    }

    [Fact]
    public void Matches_HashOfAnotherLength_IsFalse()
    {
        var full = IdNumberDigest.Compute("11010519491231002X", "pepper");
        var twentyBytes = full with { Hash = System.Buffers.Text.Base64Url.EncodeToString(System.Buffers.Text.Base64Url.DecodeFromChars(full.Hash)[..20]) };

        Assert.False(twentyBytes.Matches("11010519491231002X"));
    }

    [Fact]
    public void ToOpenBadgesIdentityHash_CompactDigest_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => IdNumberDigest.ComputeCompact("11010519491231002X", "pepper").ToOpenBadgesIdentityHash());
    }
}
