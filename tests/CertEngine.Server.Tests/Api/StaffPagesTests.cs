using System.Net;
using System.Text.RegularExpressions;
using CertEngine.Domain.Accounts;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// The staff pages: sign-in (a form with the anti-forgery token, setting the same cookie as the API), setup, denied, the
/// proctor console with its printouts, and the assessor's pages, each for the right role, anonymous and a wrong role.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class StaffPagesTests(ApiHost host)
{
    [Fact]
    public async Task StaffPages_RightRole200_Anonymous_RedirectedToSignIn_WrongRole_RedirectedToDenied()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(1);
        var anonymous = host.NewClient();
        var proctorPages = new[] { "/proctor", $"/proctor/{sitting.Id}", $"/proctor/{sitting.Id}/seat-plan", $"/proctor/{sitting.Id}/tickets" };
        var assessorPages = new[] { "/assess", "/assess/adjudication", $"/assess/{sitting.Id}/{sitting.Tickets[0]}/{task.GetProperty("taskId").GetString()}" };
        var failures = new List<string>();

        foreach (var (pages, allowed, wrong) in new[] { (proctorPages, sitting.Proctor, sitting.Assessors[1]), (assessorPages, sitting.Assessors[1], sitting.Proctor) })
        {
            foreach (var page in pages)
            {
                var ok = await allowed.GetAsync(page);
                var signIn = await anonymous.GetAsync(page);
                var denied = await wrong.GetAsync(page);
                Expect(failures, page, "right role", ok.StatusCode == HttpStatusCode.OK, $"{ok.StatusCode}");
                Expect(failures, page, "anonymous", signIn.StatusCode == HttpStatusCode.Redirect && $"{signIn.Headers.Location}".Contains("/sign-in?ReturnUrl=", StringComparison.Ordinal), $"{signIn.StatusCode} {signIn.Headers.Location}");
                // An assessor may open a practical sitting's console as its chief: for any other sitting it is 404, as for one not there.
                var consoleOfAnother = page == $"/proctor/{sitting.Id}";
                Expect(failures, page, "wrong role", consoleOfAnother
                    ? denied.StatusCode == HttpStatusCode.NotFound
                    : denied.StatusCode == HttpStatusCode.Redirect && $"{denied.Headers.Location}".Contains("/denied", StringComparison.Ordinal), $"{denied.StatusCode} {denied.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task StaffPage_NamesThePasswordPolicysMinimumLength_InBothLanguages()
    {
        // The label said 10 while the policy refuses anything under 12: an Admin following it had the form refused.
        // An Admin of its own: ?lang=en leaves an English culture cookie on the client, and the shared Admin's pages are
        // read in Chinese by other tests on this host.
        var admin = await host.StaffAsync("pages.english.admin", "Admin");

        var chinese = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/staff"));
        var english = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/staff?lang=en"));

        Assert.Contains($"初始密码（至少 {PasswordPolicy.MinLength} 个字符", chinese, StringComparison.Ordinal);
        Assert.Contains($"First password ({PasswordPolicy.MinLength}+ characters", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetupPage_NamesThePasswordPolicysMinimumLength_InBothLanguages()
    {
        // The first Admin's form said 10 too.
        var anonymous = host.NewClient();

        var chinese = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/setup?token=0"));
        var english = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/setup?token=0&lang=en"));

        Assert.Contains($"密码（至少 {PasswordPolicy.MinLength} 个字符）", chinese, StringComparison.Ordinal);
        Assert.Contains($"Password (at least {PasswordPolicy.MinLength} characters)", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_ProctorNotNamedOnTheSitting_Gets404()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        var other = await host.StaffAsync("proctor.pages.other", "Proctor");

        var response = await other.GetAsync($"/proctor/{sitting.Id}");
        var list = await other.GetStringAsync("/proctor");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(sitting.Id, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_ShowsTheAccessCodeLarge_AndListsTheSitting()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);

        var console = await sitting.Proctor.GetStringAsync($"/proctor/{sitting.Id}");
        var list = await sitting.Proctor.GetStringAsync("/proctor");

        Assert.Contains($"<div id=\"access-code\" class=\"access-code\">{sitting.AccessCode}</div>", console, StringComparison.Ordinal);
        Assert.Contains("/js/proctor.js", console, StringComparison.Ordinal);
        Assert.Contains($"href=\"/proctor/{sitting.Id}\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeatPlanAndTickets_OneTicketPerCandidate_IdNumbersMasked()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 3, start: false);

        var plan = await sitting.Proctor.GetStringAsync($"/proctor/{sitting.Id}/seat-plan");
        var tickets = await sitting.Proctor.GetStringAsync($"/proctor/{sitting.Id}/tickets");

        Assert.Equal(3, Regex.Count(tickets, "<section class=\"ticket-page\">"));
        Assert.Equal(3, Regex.Count(tickets, "<div class=\"sign-in\">"));
        Assert.Matches("<span class=\"url\">https?://[^<]+/exam</span>", tickets);
        Assert.Equal(3, Regex.Count(tickets, "<div class=\"qr\"><svg"));
        Assert.All(sitting.Tickets, t => Assert.Contains(t, tickets, StringComparison.Ordinal));
        Assert.All(sitting.Tickets, t => Assert.Contains(t, plan, StringComparison.Ordinal));
        Assert.All(sitting.IdNumbers, id => Assert.DoesNotContain(id, tickets, StringComparison.Ordinal));
        Assert.All(sitting.IdNumbers, id => Assert.DoesNotContain(id, plan, StringComparison.Ordinal));
        Assert.All(sitting.IdNumbers, id => Assert.Contains(id[..4] + "**********" + id[^4..], tickets, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_FormWithAntiForgeryToken_SignsIn_AndGoesToTheRolesPage()
    {
        await host.StaffAsync("assessor.pages", "Assessor");
        var client = host.NewClient();
        var token = await TokenAsync(client, "/sign-in");

        var response = await client.PostAsync("/sign-in", Form(("UserName", "assessor.pages"), ("Password", ApiHost.Password), ("__RequestVerificationToken", token)));
        var desk = await client.GetAsync("/assess");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/assess", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task SignIn_ReturnUrlOfAnotherSite_IsIgnored()
    {
        await host.StaffAsync("proctor.pages", "Proctor");
        var client = host.NewClient();
        var token = await TokenAsync(client, "/sign-in");

        var response = await client.PostAsync("/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            Form(("UserName", "proctor.pages"), ("Password", ApiHost.Password), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/proctor", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task SignIn_WithoutAntiForgeryToken_Is400_AndSignsNobodyIn()
    {
        await host.StaffAsync("proctor.pages", "Proctor");
        var client = host.NewClient();

        var response = await client.PostAsync("/sign-in", Form(("UserName", "proctor.pages"), ("Password", ApiHost.Password)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_Is401WithTheSameWordsAsAnUnknownName()
    {
        await host.StaffAsync("proctor.pages", "Proctor");
        var client = host.NewClient();
        var token = await TokenAsync(client, "/sign-in");

        var wrong = await client.PostAsync("/sign-in", Form(("UserName", "proctor.pages"), ("Password", "not-the-password"), ("__RequestVerificationToken", token)));
        var unknown = await client.PostAsync("/sign-in", Form(("UserName", "nobody.at.all"), ("Password", "not-the-password"), ("__RequestVerificationToken", token)));
        var wrongText = await wrong.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("用户名或密码不正确", wrongText, StringComparison.Ordinal);
        Assert.Equal(Alert(wrongText), Alert(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSignIn()
    {
        var client = host.NewClient();
        await ApiHost.SignInAsync(client, (await CreateAsync("proctor.signout", "Proctor")), ApiHost.Password);
        var token = await TokenAsync(client, "/sign-out");

        var response = await client.PostAsync("/sign-out", Form(("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/proctor")).StatusCode);
    }

    [Fact]
    public async Task Setup_ExplainsTheLinkIsOneTime_AndRefusesAWrongOrSpentToken()
    {
        await host.AdminAsync();
        var client = host.NewClient();
        var page = await client.GetStringAsync("/setup?token=0000");
        var token = AntiForgery().Match(page).Groups[1].Value;

        var response = await client.PostAsync("/setup", Form(("Token", "0000"), ("UserName", "intruder.pages"), ("DisplayName", "x"),
            ("Password", "long-enough-password"), ("ConfirmPassword", "long-enough-password"), ("__RequestVerificationToken", token)));

        Assert.Contains("只能使用一次", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task Denied_Answers403()
    {
        var response = await host.NewClient().GetAsync("/denied");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SheetPage_PostWithConfirmation_SignsTheSheet_ASecondPostIsRefused()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(2);
        var page = $"/assess/{sitting.Id}/{sitting.Tickets[0]}/{task.GetProperty("taskId").GetString()}";
        var client = sitting.Assessors[2];
        var token = await TokenAsync(client, page);
        var fields = task.GetProperty("rubric").EnumerateArray()
            .Select((r, i) => ($"Deducted[{r.GetProperty("id").GetString()}]", i == 0 ? "1" : "0"))
            .Append(("Remark", "规范")).Append(("__RequestVerificationToken", token)).ToList();
        var points = task.GetProperty("rubric").EnumerateArray().Sum(r => r.GetProperty("points").GetDecimal());

        var unconfirmed = await client.PostAsync(page, Form([.. fields]));
        var signed = await client.PostAsync(page, Form([.. fields.Append(("Confirmed", "true"))]));
        var again = await client.PostAsync(page, Form([.. fields.Append(("Confirmed", "true"))]));
        var after = await client.GetStringAsync(page);
        var api = await client.GetStringAsync(sitting.TaskPath(0, task.GetProperty("taskId").GetString()!));

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已签署", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"signed\"", after, StringComparison.Ordinal);
        Assert.Contains("\"remark\":\"规范\"", api, StringComparison.Ordinal);
        var awarded = System.Text.Json.JsonDocument.Parse(api).RootElement.GetProperty("ownSheet").GetProperty("awarded");
        Assert.Equal(points - 1, awarded.EnumerateObject().Sum(p => p.Value.GetDecimal())); // deductions become points awarded
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("999")]
    [InlineData(null)]
    public async Task SheetPage_DeductionOutsideTheCriterionOrMissing_IsRefusedOnThePage_NothingSigned(string? first)
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(2);
        var page = $"/assess/{sitting.Id}/{sitting.Tickets[0]}/{task.GetProperty("taskId").GetString()}";
        var client = sitting.Assessors[2];
        var token = await TokenAsync(client, page);
        var fields = task.GetProperty("rubric").EnumerateArray()
            .Select((r, i) => (Name: $"Deducted[{r.GetProperty("id").GetString()}]", Value: i == 0 ? first : "0"))
            .Where(f => f.Value is not null).Select(f => (f.Name, f.Value!))
            .Append(("Confirmed", "true")).Append(("__RequestVerificationToken", token)).ToList();

        var response = await client.PostAsync(page, Form([.. fields]));
        var api = await client.GetStringAsync(sitting.TaskPath(0, task.GetProperty("taskId").GetString()!));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("扣分", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonDocument.Parse(api).RootElement.GetProperty("ownSheet").ValueKind);
    }

    private async Task<string> CreateAsync(string userName, string role)
    {
        await host.StaffAsync(userName, role);
        return userName;
    }

    [Theory]
    [InlineData("/admin/sessions", "Minutes", "99999999999")]
    [InlineData("/admin/sessions", "Minutes", "1e400")]
    [InlineData("/admin/staff?handler=Create", "Roles[99999999999]", "Admin")]
    public async Task PageForm_NumberOverflowingItsField_IsAnsweredOnThePageNever500(string path, string field, string value)
    {
        var admin = await host.AdminAsync();
        var token = await TokenAsync(admin, "/admin/staff");

        var response = await admin.PostAsync(path, Form((field, value), ("__RequestVerificationToken", token)));

        Assert.True((int)response.StatusCode < 500, $"{path} {field}={value}: {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static void Expect(List<string> failures, string page, string who, bool holds, string actual)
    {
        if (!holds)
        {
            failures.Add($"{page} ({who}): {actual}");
        }
    }

    private static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = AntiForgery().Match(html);
        Assert.True(match.Success, $"{path} has no anti-forgery token");
        return match.Groups[1].Value;
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static string Alert(string html) => Regex.Match(html, "role=\"alert\">([^<]*)<").Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
