using CertEngine.Domain.Publicity;

namespace CertEngine.Domain.Tests.Publicity;

public sealed class PublicityGateTests
{
    private static readonly PublicityRule FiveDays = PublicityRule.Default;
    private static readonly DateOnly End = new(2026, 12, 4);

    [Fact]
    public void Waits_TrackWithPublicityOff_NeverWaits() =>
        Assert.Null(PublicityGate.Waits(PublicityRule.Off, null, End));

    [Fact]
    public void Waits_NotPublished_WaitsForPublication() =>
        Assert.Equal(PublicityRefusal.NotPublished, PublicityGate.Waits(FiveDays, null, End)!.Reason);

    [Fact]
    public void Waits_OnTheLastDayOfThePeriod_StillWaits_NamingTheDay()
    {
        var waits = PublicityGate.Waits(FiveDays, new PublicityStanding("20261130-abcdef", End, 0), End);

        Assert.Equal(PublicityRefusal.PeriodRunning, waits!.Reason);
        Assert.Equal(["20261130-abcdef", "2026-12-04"], waits.Args);
    }

    [Fact]
    public void Waits_TheDayAfterThePeriod_DoesNotWait() =>
        Assert.Null(PublicityGate.Waits(FiveDays, new PublicityStanding("p", End, 0), End.AddDays(1)));

    [Fact]
    public void Waits_AnObjectionNotClosed_HoldsTheCertificateAfterThePeriod()
    {
        var waits = PublicityGate.Waits(FiveDays, new PublicityStanding("p", End, 1), End.AddDays(30));

        Assert.Equal(PublicityRefusal.ObjectionOpen, waits!.Reason);
    }

    [Fact]
    public void Waits_AnObjectionNotClosed_DuringThePeriod_IsTheReasonGiven()
    {
        var waits = PublicityGate.Waits(FiveDays, new PublicityStanding("p", End, 1), End.AddDays(-1));

        Assert.Equal(PublicityRefusal.ObjectionOpen, waits!.Reason);
        Assert.Equal(["p"], waits.Args);
    }
}
