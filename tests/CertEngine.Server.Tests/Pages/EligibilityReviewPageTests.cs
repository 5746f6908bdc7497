using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>The 资格审核 page and the dashboard's count: the waiting number, hostile input, forms that need their antiforgery token.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class EligibilityReviewPageTests(ApiHost host)
{
    private const string Track4 = "4-10-01-06/家务服务员/4";

    [Fact]
    public async Task Dashboard_Manager_CountsTheApplicationsWaitingForReview_AProctorDoesNot()
    {
        var manager = await host.StaffAsync("review.page.dash", "CentreManager");
        var proctor = await host.StaffAsync("review.page.proctor", "Proctor");
        await SubmitAsync(manager);

        var waiting = (await manager.GetFromJsonAsync<JsonElement>("/api/eligibility/reviews")).GetProperty("total").GetInt64();
        var html = await manager.GetStringAsync("/admin");

        Assert.Contains($"<a href=\"/admin/eligibility\"><strong class=\"count\">{waiting}</strong> 份申报待资格审核", html);
        Assert.DoesNotContain("/admin/eligibility", await proctor.GetStringAsync("/admin"));
        var denied = await proctor.GetAsync("/admin/eligibility");
        Assert.Equal(HttpStatusCode.Found, denied.StatusCode);
        Assert.Equal("/denied", denied.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("/admin/eligibility?p=-3")]
    [InlineData("/admin/eligibility?p=abc&track=%00%00")]
    [InlineData("/admin/eligibility?p=99999999999")]
    public async Task Page_HostileQuery_ShowsTheFirstPage(string url)
    {
        var manager = await host.StaffAsync("review.page.hostile", "CentreManager");

        var response = await manager.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("待审核", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Approve_WithoutTheAntiforgeryToken_IsRefusedAndChangesNothing_WithIt_Enrols()
    {
        var manager = await host.StaffAsync("review.page.approve", "CentreManager");
        var (idNumber, reviewId) = await SubmitAsync(manager);

        var forged = await manager.PostAsync("/admin/eligibility?handler=Approve", new FormUrlEncodedContent([new("reviewId", reviewId)]));
        var html = await manager.GetStringAsync("/admin/eligibility?track=" + Uri.EscapeDataString(Track4));
        var token = Antiforgery().Match(html).Groups[1].Value;
        var unknown = await manager.PostAsync("/admin/eligibility?handler=Approve", new FormUrlEncodedContent([new("reviewId", "nope"), new("__RequestVerificationToken", token)]));
        var enrolledBefore = (await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}")).GetProperty("enrolments").GetArrayLength();
        var approved = await manager.PostAsync("/admin/eligibility?handler=Approve", new FormUrlEncodedContent([new("reviewId", reviewId), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("没有该审核", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(0, enrolledBefore);
        Assert.Contains("已通过审核并申报", await approved.Content.ReadAsStringAsync());
        Assert.Equal(1, (await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}")).GetProperty("enrolments").GetArrayLength());
    }

    private static async Task<(string IdNumber, string ReviewId)> SubmitAsync(HttpClient manager)
    {
        Assert.True((await manager.PostAsJsonAsync("/api/tracks/open", new { key = Track4, bankVersion = 1 })).IsSuccessStatusCode);
        var idNumber = ApiHost.NewIdNumber();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name = "页面审核", idNumber })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence",
            new { kind = "certificate", from = "2020-06-01", occupation = "4-10-01-06", level = 5, number = "S000023000456205000017" })).StatusCode);
        var applied = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence/apply", new { trackKey = Track4 });
        return (idNumber, (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewId").GetString()!);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
