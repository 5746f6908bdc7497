using CertEngine.Contracts;
using CertEngine.Contracts.Accounts;
using CertEngine.Grains.Accounts;

namespace CertEngine.Grains.Tests;

/// <summary>
/// The first-start setup link in a cluster: every silo arms a token at start and prints its own link, and each of those
/// links must create the first Admin (found by the exam-day run with two silos: the first silo's link was refused because
/// the second silo's token had replaced it). One claim spends them all.
/// </summary>
[Collection(ExamClusterCollection.Name)]
public sealed class SetupTokenTests(ExamClusterFixture fixture)
{
    private IStaffDirectoryGrain Directory => fixture.Client.GetGrain<IStaffDirectoryGrain>(IStaffDirectoryGrain.Key);

    [Fact]
    public async Task TwoSilosArmTheirTokens_TheFirstSilosLinkStillWorks_AndOneClaimSpendsBoth()
    {
        Assert.True((await Directory.ArmSetupAsync("hash-of-silo-1")).Accepted);
        Assert.True((await Directory.ArmSetupAsync("hash-of-silo-2")).Accepted);

        var first = await Directory.ClaimSetupAsync("hash-of-silo-1");
        var second = await Directory.ClaimSetupAsync("hash-of-silo-2");

        Assert.True(first.Accepted, first.Reason?.ToString());
        Assert.Equal(RefusalCode.AccountSetupTokenInvalid, second.Reason?.Code);
    }

    [Fact]
    public async Task OnlyTheNewestTokensAreKept()
    {
        var count = StaffDirectoryState.MaxEarlierSetupTokens + 2;
        for (var i = 0; i < count; i++)
        {
            Assert.True((await Directory.ArmSetupAsync($"hash-{i}")).Accepted);
        }

        var oldest = await Directory.ClaimSetupAsync("hash-0");
        var kept = await Directory.ClaimSetupAsync("hash-1");

        Assert.Equal(RefusalCode.AccountSetupTokenInvalid, oldest.Reason?.Code);
        Assert.True(kept.Accepted, kept.Reason?.ToString());
    }
}
