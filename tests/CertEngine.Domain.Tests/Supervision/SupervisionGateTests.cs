using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Results;
using CertEngine.Domain.Supervision;

namespace CertEngine.Domain.Tests.Supervision;

/// <summary>逢考必督: which sittings a certificate rests on, and whether they wait for a signed record.</summary>
public sealed class SupervisionGateTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public void Waits_RuleOff_NeverWaits() =>
        Assert.Null(SupervisionGate.Waits(SupervisionRule.Off, ["S1"], new HashSet<string>()));

    [Fact]
    public void Waits_RequiredAndOneSittingUnsigned_NamesIt_SignedReleases()
    {
        var waits = SupervisionGate.Waits(SupervisionRule.RequiredForEverySitting, ["S1", "S2"], new HashSet<string> { "S1" });

        Assert.Equal(SupervisionRefusal.Unsigned, waits!.Reason);
        Assert.Equal(["S2"], waits.Args);
        Assert.Null(SupervisionGate.Waits(SupervisionRule.RequiredForEverySitting, ["S1", "S2"], new HashSet<string> { "S1", "S2" }));
    }

    [Fact]
    public void SittingsCounted_LatestNonVoidResultPerComponent()
    {
        List<ComponentResult> results =
        [
            new(ComponentKind.Theory, 40, 60, Day, "T-old", false),
            new(ComponentKind.Theory, 80, 60, Day.AddDays(30), "T-new", false),
            new(ComponentKind.Practical, 90, 60, Day, "P-1", false),
            new(ComponentKind.Practical, 0, 60, Day.AddDays(40), "P-void", true),
        ];

        Assert.Equal(["T-new", "P-1"], SupervisionGate.SittingsCounted(results));
    }
}
