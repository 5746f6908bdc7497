using CertEngine.Contracts;
using CertEngine.Domain.Attempts;
using CertEngine.Grains.Attempts;

namespace CertEngine.Grains.Tests;

public sealed class AttemptReplyCodeTests
{
    [Fact]
    public void EveryDomainReason_MapsToTheReplyCodeOfTheSameName()
    {
        var mapped = Enum.GetValues<AttemptRefusal>().Select(reason => (reason.ToString(), AttemptStateViews.Code(reason).ToString()));

        Assert.All(mapped, pair => Assert.Equal("Attempt" + pair.Item1, pair.Item2));
        Assert.Equal(Enum.GetValues<AttemptRefusal>().Length, Enum.GetNames<RefusalCode>().Count(name => name.StartsWith("Attempt", StringComparison.Ordinal)));
    }
}
