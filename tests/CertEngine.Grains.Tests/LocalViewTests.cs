using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Sessions;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests;

/// <summary>
/// The silo's local views show exactly what the active grain would answer: a certificate's status and a ticket's signed-in
/// browsers change in the view the moment the changing call returns, and leave it when the activation goes.
/// </summary>
[Collection(ExamClusterCollection.Name)]
public sealed class LocalViewTests(ExamClusterFixture fixture)
{
    private IServiceProvider Services => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).SiloHost.Services;

    private CertificateView Certificates => Services.GetRequiredService<CertificateView>();

    private TicketSeatView Tickets => Services.GetRequiredService<TicketSeatView>();

    [Fact]
    public async Task Certificate_EveryChange_ShowsInTheViewWhenTheCallReturns_AsTheGrainAnswers()
    {
        var number = NewNumber();
        var grain = fixture.Client.GetGrain<ICertificateGrain>(number);

        ExamDay.Expect(await grain.IssueAsync(Fields(number), "token-" + number, "manager"));
        var issued = Status(number);
        ExamDay.Expect(await grain.SuspendAsync("manager", "举报待核查"));
        var suspended = Status(number);
        ExamDay.Expect(await grain.ReinstateAsync("manager", "核查无误"));
        var reinstated = Status(number);
        ExamDay.Expect(await grain.RevokeAsync("manager", "冒名顶替"));
        var revoked = Status(number);

        Assert.Equal(["valid", "suspended", "valid", "revoked"], [issued, suspended, reinstated, revoked]);
        Assert.True(Certificates.TryRead(number, out var shown));
        Assert.Equivalent(await grain.GetAsync(), shown, strict: true);
        Assert.Equal(4, shown.History.Count);
    }

    [Fact]
    public async Task Certificate_NeverIssued_IsNotInTheView()
    {
        var number = NewNumber();

        var snapshot = await fixture.Client.GetGrain<ICertificateGrain>(number).GetAsync();

        Assert.Null(snapshot);
        Assert.False(Certificates.TryRead(number, out _));
    }

    [Fact]
    public async Task Certificate_ActivationGone_LeavesTheView_AndTheNextActivationShowsItAgain()
    {
        var number = NewNumber();
        var grain = fixture.Client.GetGrain<ICertificateGrain>(number);
        ExamDay.Expect(await grain.IssueAsync(Fields(number), "token-" + number, "manager"));
        Assert.True(Certificates.TryRead(number, out var before));

        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var gone = await UntilAsync(() => !Certificates.TryRead(number, out _));
        var again = await grain.GetAsync();

        Assert.True(gone, "the deactivated certificate stayed in the view");
        Assert.True(Certificates.TryRead(number, out var after));
        Assert.NotSame(before, after);
        Assert.Equivalent(again, after, strict: true);
    }

    [Fact]
    public async Task Ticket_SignInElsewhereAndSignOut_ShowInTheViewWhenTheCallReturns_AsTheGrainAnswers()
    {
        var (ticket, grain, person) = NewTicket();
        ExamDay.Expect(await grain.BindAsync(new AdmissionTicket(ticket, "s1", person, 3)));
        var bound = await BothAsync(ticket, grain, "s1", person, "browser-a");

        Assert.False(await grain.SignInAsync("s1", person, "browser-a"));
        var signedIn = await BothAsync(ticket, grain, "s1", person, "browser-a");
        Assert.True(await grain.SignInAsync("s1", person, "browser-b"));
        var earlier = await BothAsync(ticket, grain, "s1", person, "browser-a");
        var later = await BothAsync(ticket, grain, "s1", person, "browser-b");
        var otherSitting = await BothAsync(ticket, grain, "s2", person, "browser-b");
        await grain.SignOutAsync("s1", person, "browser-b");
        var signedOut = await BothAsync(ticket, grain, "s1", person, "browser-b");
        Assert.False(await grain.SignInAsync("s1", person, "browser-c"));
        await grain.WithdrawAsync("s1", person);
        var withdrawn = await BothAsync(ticket, grain, "s1", person, "browser-c");

        Assert.Equal((false, false), bound);
        Assert.Equal((true, true), signedIn);
        Assert.Equal((false, false), earlier);
        Assert.Equal((true, true), later);
        Assert.Equal((false, false), otherSitting);
        Assert.Equal((false, false), signedOut);
        Assert.Equal((false, false), withdrawn);
    }

    [Fact]
    public async Task Ticket_ActivationGone_LeavesTheView()
    {
        var (ticket, grain, person) = NewTicket();
        ExamDay.Expect(await grain.BindAsync(new AdmissionTicket(ticket, "s1", person, 3)));
        Assert.False(await grain.SignInAsync("s1", person, "browser-a"));

        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var gone = await UntilAsync(() => !Tickets.TryRead(ticket, out _));
        var stillCurrent = await grain.IsCurrentDeviceAsync("s1", person, "browser-a");

        Assert.True(gone, "the deactivated ticket stayed in the view");
        Assert.True(stillCurrent);
        Assert.True(Tickets.TryRead(ticket, out var seats) && seats.IsCurrent("s1", person, "browser-a"));
    }

    [Fact]
    public void Withdraw_ByAnotherOwner_KeepsTheEntry_AndPublishReplacesIt()
    {
        var view = new CertificateView();
        var (first, second) = (new object(), new object());
        var a = Snapshot("valid");
        var b = Snapshot("revoked");

        view.Publish(first, "N1", a);
        view.Publish(second, "N1", b);
        view.Withdraw(first, "N1");
        var kept = view.TryRead("N1", out var shown);
        view.Withdraw(second, "N1");

        Assert.True(kept);
        Assert.Same(b, shown);
        Assert.False(view.TryRead("N1", out _));
        Assert.Equal(0, view.Count);
    }

    private async Task<(bool View, bool Grain)> BothAsync(string ticket, IAdmissionTicketGrain grain, string session, string person, string device)
    {
        var grainAnswer = await grain.IsCurrentDeviceAsync(session, person, device);
        Assert.True(Tickets.TryRead(ticket, out var seats), "an active ticket is in the view");
        return (seats.IsCurrent(session, person, device), grainAnswer);
    }

    private string Status(string number) => Certificates.TryRead(number, out var shown) ? shown.Status : "absent";

    // Deactivation finishes after the call that asks for it returns: waits for the condition, at most 10 s.
    private static async Task<bool> UntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (timeout.IsCancellationRequested)
            {
                return false;
            }

            await Task.Delay(5, CancellationToken.None);
        }

        return true;
    }

    private (string Ticket, IAdmissionTicketGrain Grain, string Person) NewTicket()
    {
        var ticket = "ZV" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return (ticket, fixture.Client.GetGrain<IAdmissionTicketGrain>(ticket), ExamDay.NewIdNumber());
    }

    private static string NewNumber() => "S" + Guid.NewGuid().ToString("N")[..15].ToUpperInvariant();

    private static CertificateFields Fields(string number) => new(number, "skill", "赵桂兰", "居民身份证", ExamDay.NewIdNumber(), "4-10-01-06",
        "家政服务员", "家务服务员", 5, "五级", new DateOnly(2026, 12, 7), "太行家政职业技能评价中心（测试）", "4-10-01-06/家务服务员/5");

    private static CertificateSnapshot Snapshot(string status) => new(Fields("S000001"), "t", status, [], null);
}
