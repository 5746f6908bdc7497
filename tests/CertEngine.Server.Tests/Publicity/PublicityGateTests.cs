using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Publicity;

/// <summary>
/// The issuance gate on the one path every issuance takes (the track grain), seen through 发证 (readiness and issue-batch):
/// no certificate before the 公示 period ends, an objection holds one back until answered and closed. Its own server,
/// because it moves the clock a week on.
/// </summary>
public sealed class PublicityGateTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task Issue_BeforeThePeriodEnds_IsRefused_AnObjectionHoldsOneBack_UntilAnsweredAndClosed()
    {
        var sitting = await PublicityApiTests.PassedAsync(host, 3);
        var (a, b, c) = (sitting.IdNumbers[0], sitting.IdNumbers[1], sitting.IdNumbers[2]);
        var before = await PublicityApiTests.IssueAsync(sitting, a);

        var notice = await PublicityApiTests.PublishRangeAsync(sitting);
        var id = notice.GetProperty("publicityId").GetString()!;
        var endsOn = DateOnly.Parse(notice.GetProperty("endsOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var during = await PublicityApiTests.IssueAsync(sitting, a);
        var readiness = await CertificateIssuanceApiTests.ReadinessAsync(sitting);
        var lodged = await host.NewClient().PostAsJsonAsync($"/api/publicity/{id}/objections", new { ticket = PublicityApiTests.Ticket(sitting, 1), idNumber = b, text = "我的实操成绩与现场评分不符，请复核。" });
        host.Clock.SetUtcNow(new DateTimeOffset(endsOn.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        // A week on, the manager's sign-in has expired as it would: they sign in again.
        await ApiHost.SignInAsync(sitting.Manager, "results.manager", ApiHost.Password);
        var afterA = await PublicityApiTests.IssueAsync(sitting, a);
        var heldB = await PublicityApiTests.IssueAsync(sitting, b);
        var afterC = await PublicityApiTests.IssueAsync(sitting, c);
        var objection = Assert.Single((await sitting.Manager.GetFromJsonAsync<JsonElement>($"/api/publicity/objections?publicity={id}")).EnumerateArray());
        var objectionId = objection.GetProperty("objectionId").GetString()!;
        var closeFirst = await sitting.Manager.PostAsync($"/api/publicity/objections/{objectionId}/close", null);
        var stillHeld = await PublicityApiTests.IssueAsync(sitting, b);
        var answered = await sitting.Manager.PostAsJsonAsync($"/api/publicity/objections/{objectionId}/answer", new { answer = "经复核，三名考评员评分一致，成绩无误。" });
        var heldWhileAnswered = await PublicityApiTests.IssueAsync(sitting, b);
        var closed = await sitting.Manager.PostAsync($"/api/publicity/objections/{objectionId}/close", null);
        var afterB = await PublicityApiTests.IssueAsync(sitting, b);
        var trail = await sitting.Manager.GetFromJsonAsync<JsonElement>($"/api/audit?subject={Uri.EscapeDataString("publicity/" + id)}");

        Assert.Contains("成绩尚未公示", PublicityApiTests.Cause(before));
        Assert.Contains($"公示期至 {endsOn:yyyy-MM-dd}（含），期满后可发证", PublicityApiTests.Cause(during));
        Assert.Contains($"公示期至 {endsOn:yyyy-MM-dd}（含），期满后可发证", readiness[a].GetProperty("words").GetString());
        Assert.False(readiness[a].GetProperty("ready").GetBoolean());
        Assert.Equal(HttpStatusCode.Accepted, lodged.StatusCode);
        Assert.Equal("issued", afterA.GetProperty("outcome").GetString());
        Assert.Contains("异议尚未处理完毕", PublicityApiTests.Cause(heldB));
        Assert.Equal("issued", afterC.GetProperty("outcome").GetString());
        Assert.Equal(PublicityApiTests.Ticket(sitting, 1), objection.GetProperty("ticket").GetString());
        Assert.Equal(HttpStatusCode.Conflict, closeFirst.StatusCode);
        Assert.Contains(PublicityApiTests.Code(RefusalCode.PublicityAnswerFirst), await closeFirst.Content.ReadAsStringAsync());
        Assert.Contains("异议尚未处理完毕", PublicityApiTests.Cause(stillHeld));
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        Assert.Contains("异议尚未处理完毕", PublicityApiTests.Cause(heldWhileAnswered));
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        Assert.Equal("issued", afterB.GetProperty("outcome").GetString());
        Assert.Equal(["publicity.published", "publicity.objection.lodged", "publicity.objection.answered", "publicity.objection.closed"],
            PublicityApiTests.Actions(trail));
    }
}
