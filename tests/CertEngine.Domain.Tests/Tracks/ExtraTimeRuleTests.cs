using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Tests.Tracks;

public sealed class ExtraTimeRuleTests
{
    [Theory]
    [InlineData(0, 30, true)]     // up to the ceiling itself: inclusive
    [InlineData(0, 31, false)]
    [InlineData(15, 15, true)]
    [InlineData(15, 16, false)]
    [InlineData(30, 1, false)]
    [InlineData(0, 0, false)]     // nothing to grant
    public void Allows_TotalWithinTheCeilingInclusive(int grantedMinutes, int extensionMinutes, bool allowed)
    {
        Assert.Equal(allowed, new ExtraTimeRule(30).Allows(TimeSpan.FromMinutes(grantedMinutes), TimeSpan.FromMinutes(extensionMinutes)));
    }

    [Fact]
    public void Allows_CeilingOfZero_AllowsNone()
    {
        Assert.False(new ExtraTimeRule(0).Allows(TimeSpan.Zero, TimeSpan.FromMinutes(1)));
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(25, 5)]
    [InlineData(40, 0)]           // granted before a lower ceiling was adopted: never negative
    public void RemainingAfter_IsTheRestOfTheCeiling(int grantedMinutes, int remainingMinutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(remainingMinutes), ExtraTimeRule.Default.RemainingAfter(TimeSpan.FromMinutes(grantedMinutes)));
    }
}
