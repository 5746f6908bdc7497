using CertEngine.Contracts;
using CertEngine.Domain.Practical;
using CertEngine.Grains.Practical;

namespace CertEngine.Grains.Tests;

public sealed class PracticalReplyCodeTests
{
    [Fact]
    public void EveryDomainReason_MapsToTheReplyCodeOfTheSameName()
    {
        var mapped = Enum.GetValues<PracticalRefusal>().Select(reason => (reason.ToString(), PracticalStateViews.Code(reason).ToString()));

        Assert.All(mapped, pair => Assert.Equal("Practical" + pair.Item1, pair.Item2));
        Assert.Equal(Enum.GetValues<PracticalRefusal>().Length, Enum.GetNames<RefusalCode>().Count(name => name.StartsWith("Practical", StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryReplyCode_LiesInThePracticalBlock()
    {
        Assert.All(Enum.GetValues<PracticalRefusal>(), reason => Assert.InRange((int)PracticalStateViews.Code(reason), 200, 299));
    }
}
