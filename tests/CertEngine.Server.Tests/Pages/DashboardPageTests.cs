using System.Net;
using System.Net.Http.Json;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>The dashboard every staff member lands on (/admin), the staff bar on every staff page, and the password page.</summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardPageTests(ApiHost host)
{
    [Fact]
    public async Task Dashboard_Proctor_SeesTheirSittingWithItsPhaseAndTheOpenCheckInWaiting()
    {
        var sitting = await SittingAsync.CreateAsync(host, 2, start: false, proctorName: "dash.proctor");

        var html = await sitting.Proctor.GetStringAsync("/admin");

        Assert.Contains($"<a href=\"/proctor/{sitting.Id}\">{sitting.Id}</a>", html);
        Assert.Contains("<span class=\"phase phase-checkin\">签到中</span>", html);
        Assert.Matches("<a href=\"/proctor\"><strong class=\"count\">[1-9][0-9]*</strong> 场正在签到", html);
        Assert.Contains("href=\"/proctor\">监考台", html);
        Assert.DoesNotContain("href=\"/admin/banks\"", html);
        Assert.DoesNotContain("href=\"/admin/staff\"", html);
    }

    [Fact]
    public async Task Dashboard_Admin_LinksEveryArea_AndAnAssessorOnlyScoring()
    {
        var admin = await host.AdminAsync();
        var assessor = await host.StaffAsync("dash.assessor", "Assessor");

        var forAdmin = await admin.GetStringAsync("/admin");
        var forAssessor = await assessor.GetStringAsync("/admin");

        Assert.All(new[] { "/admin/banks", "/admin/tracks", "/admin/sessions", "/admin/candidates", "/admin/certificates", "/admin/staff", "/admin/security", "/proctor" },
            link => Assert.Contains($"href=\"{link}\"", forAdmin));
        Assert.Contains("href=\"/assess\"", forAssessor);
        Assert.DoesNotContain("href=\"/admin/sessions\"", forAssessor);
        Assert.Contains("现在没有待办事项", forAssessor);
    }

    [Fact]
    public async Task StaffBar_OnAnAdministrationPage_OffersDashboardPasswordAndSignOut()
    {
        var manager = await host.StaffAsync("dash.manager", "CentreManager");

        var html = await manager.GetStringAsync("/admin/candidates");

        Assert.Contains("class=\"staff-bar\"", html);
        Assert.Contains("href=\"/account/password\"", html);
        Assert.Contains("href=\"/sign-out\"", html);
        Assert.DoesNotContain("class=\"staff-bar\"", await host.NewClient().GetStringAsync("/"));
    }

    [Fact]
    public async Task PasswordPage_WrongCurrentOrWeakNew_SaysWhyAndChangesNothing_ThenAChangeSignsOut()
    {
        var user = await host.StaffAsync("dash.pw", "Proctor");
        const string NewPassword = "长治的太行山上云很多 2026";

        var wrong = await PostAsync(user, "not-the-password", NewPassword);
        var weak = await PostAsync(user, ApiHost.Password, "abcdefghijklmnopq");
        var stillIn = await user.GetAsync("/admin");
        var changed = await PostAsync(user, ApiHost.Password, NewPassword);
        var old = await host.NewClient().PostAsJsonAsync("/api/account/sign-in", new { userName = "dash.pw", password = ApiHost.Password });
        var fresh = host.NewClient();
        await ApiHost.SignInAsync(fresh, "dash.pw", NewPassword);

        Assert.Contains("当前密码不正确", await wrong.Content.ReadAsStringAsync());
        Assert.Contains("连续的字母、数字或键盘序列", await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/sign-in?changed=1", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/admin")).StatusCode);
        Assert.False(old.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/admin")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string current, string next) =>
        await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = next,
            ["__RequestVerificationToken"] = await AdminPagesTests.TokenAsync(client, "/account/password"),
        }));
}
