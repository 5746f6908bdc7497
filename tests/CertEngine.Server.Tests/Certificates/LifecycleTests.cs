using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Server.Features.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Certificates;

/// <summary>Suspend, reinstate, revoke and reissue on the grains show on the verify API and page at once.</summary>
[Collection(CertificateCollection.Name)]
public sealed class LifecycleTests(CertificateWorld world)
{
    private const string TrackKey = "4-10-01-06/家务服务员/5";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private CertificateWorld.CertificateServer Server => world.Server("lifecycle");

    private IGrainFactory Grains => Server.Services.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task Suspend_ThenReinstate_VerifyFollowsEachStep()
    {
        var (number, url) = world.Issued[0];
        using var client = Server.CreateClient();

        Assert.True((await Grains.GetGrain<ICertificateGrain>(number).SuspendAsync("考务管理员", "申诉复核中")).Accepted);
        var suspended = await VerifyAsync(client, number, url);
        var page = await client.GetStringAsync(CertificateWorld.PathOf(url));
        Assert.True((await Grains.GetGrain<ICertificateGrain>(number).ReinstateAsync("考务管理员", "复核维持原结果")).Accepted);
        var reinstated = await VerifyAsync(client, number, url);

        Assert.Equal(VerificationStatus.Suspended, suspended.Status);
        Assert.Equal("申诉复核中", suspended.Reason);
        Assert.NotNull(suspended.StatusChangedAt);
        Assert.Contains("data-status=\"suspended\"", page);
        Assert.Contains("申诉复核中", page);
        Assert.Equal(VerificationStatus.Valid, reinstated.Status);
        Assert.Null(reinstated.Reason);
        Assert.Null(reinstated.StatusChangedAt);
    }

    [Fact]
    public async Task Revoke_VerifyShowsRevokedWithDateAndReason()
    {
        var (number, url) = world.Issued[1];
        using var client = Server.CreateClient();

        Assert.True((await Grains.GetGrain<ICertificateGrain>(number).RevokeAsync("考务管理员", "考试作弊，成绩无效")).Accepted);
        var revoked = await VerifyAsync(client, number, url);
        var page = await client.GetStringAsync(CertificateWorld.PathOf(url));

        Assert.Equal(VerificationStatus.Revoked, revoked.Status);
        Assert.Equal("考试作弊，成绩无效", revoked.Reason);
        Assert.Equal(ChinaTime.Today(TimeProvider.System), DateOnly.FromDateTime(revoked.StatusChangedAt!.Value.ToOffset(TimeSpan.FromHours(8)).DateTime));
        Assert.Null(revoked.ReplacedBy);
        Assert.Contains("证书已撤销", page);
        Assert.Contains("考试作弊，成绩无效", page);
    }

    [Fact]
    public async Task Reissue_OldNamesItsReplacement_NewVerifiesValid()
    {
        var (number, url) = world.Issued[2];
        using var client = Server.CreateClient();

        var reply = await Grains.GetGrain<ICertificationTrackGrain>(TrackKey).ReissueCertificateAsync(number, "考务管理员", "证书遗失补发");
        var old = await VerifyAsync(client, number, url);
        var fresh = await VerifyAsync(client, reply.Number!, reply.VerifyUrl!);
        var page = await client.GetStringAsync(CertificateWorld.PathOf(url));

        Assert.Equal(IssueOutcome.Issued, reply.Outcome);
        Assert.Equal(VerificationStatus.Revoked, old.Status);
        Assert.Equal(reply.Number, old.ReplacedBy);
        Assert.Equal("证书遗失补发", old.Reason);
        Assert.Contains("证书已换发", page);
        Assert.Contains(reply.Number!, page);
        Assert.Equal(VerificationStatus.Valid, fresh.Status);
    }

    private static async Task<VerificationResponse> VerifyAsync(HttpClient client, string number, string url) =>
        (await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(CertificateWorld.TokenOf(url))}", Web))!;
}
