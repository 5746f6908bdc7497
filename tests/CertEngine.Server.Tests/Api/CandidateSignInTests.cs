using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CertEngine.Server.Tests.Api;

/// <summary>The candidate's way in and out: ticket numbers in any case, the access code's one name, hand-in timing and the receipt, and pages (not JSON) for refusals.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class CandidateSignInTests(ApiHost host)
{
    [Fact]
    public async Task SignIn_TicketTypedInOtherCase_SignsInToTheSameSeat()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 2, start: false);
        var lower = host.NewClient();
        var upper = host.NewClient();

        var byLower = await lower.PostAsJsonAsync("/api/candidate/sign-in", new { ticket = " " + sitting.Tickets[1].ToLowerInvariant(), idNumber = sitting.IdNumbers[1], accessCode = sitting.AccessCode });
        var byUpper = await upper.PostAsJsonAsync("/api/candidate/sign-in", new { ticket = sitting.Tickets[1].ToUpperInvariant(), idNumber = sitting.IdNumbers[1], accessCode = sitting.AccessCode });

        Assert.True(byLower.StatusCode == HttpStatusCode.OK, await byLower.Content.ReadAsStringAsync());
        Assert.True(byUpper.StatusCode == HttpStatusCode.OK, await byUpper.Content.ReadAsStringAsync());
        Assert.Equal(2, (await byUpper.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seat").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await upper.GetAsync("/api/attempt")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await lower.GetAsync("/api/attempt")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongGuessesInMixedCase_CountAgainstOneTicketAndTheProctorSeesTheLock()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        var wrong = sitting.AccessCode == "000000" ? "000001" : "000000";
        var guesser = host.NewClient();

        for (var i = 0; i < 10; i++)
        {
            var ticket = i % 2 == 0 ? sitting.Tickets[0].ToLowerInvariant() : sitting.Tickets[0].ToUpperInvariant();
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.PostAsJsonAsync("/api/candidate/sign-in", new { ticket, idNumber = sitting.IdNumbers[0], accessCode = wrong })).StatusCode);
        }

        var right = await host.NewClient().PostAsJsonAsync("/api/candidate/sign-in", new { ticket = sitting.Tickets[0], idNumber = sitting.IdNumbers[0], accessCode = sitting.AccessCode });
        var roster = await sitting.Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");

        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        Assert.True(roster[0].GetProperty("locked").GetBoolean(), $"sitting {sitting.Id}: the proctor's roster shows the ticket locked");
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Proctor.PostAsync($"/api/sessions/{sitting.Id}/seats/1/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.NewClient().PostAsJsonAsync("/api/candidate/sign-in", new { ticket = sitting.Tickets[0].ToLowerInvariant(), idNumber = sitting.IdNumbers[0], accessCode = sitting.AccessCode })).StatusCode);
    }

    [Fact]
    public async Task Attempt_FirstThirtyMinutes_SaysWhenHandInOpensAndRefusesItUntilThen()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var candidate = await sitting.SignInCandidateAsync(0);

        var atStart = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");
        host.Clock.Advance(TimeSpan.FromMinutes(12));
        var later = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");
        var early = await candidate.PostAsync("/api/attempt/submit", null);
        host.Clock.Advance(TimeSpan.FromMinutes(18));
        var open = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");

        Assert.Equal((1800d, 30), (atStart.GetProperty("handInOpensInSeconds").GetDouble(), atStart.GetProperty("earliestHandInMinutes").GetInt32()));
        Assert.Equal(18 * 60d, later.GetProperty("handInOpensInSeconds").GetDouble());
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(0d, open.GetProperty("handInOpensInSeconds").GetDouble());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("receipt").ValueKind);
    }

    [Fact]
    public async Task Attempt_HandedIn_ShowsTheReceiptWhoseReferenceIsInTheAudit()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var candidate = await sitting.SignInCandidateAsync(0);
        var paper = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");
        for (var i = 0; i < 3; i++)
        {
            var label = paper.GetProperty("questions")[i].GetProperty("options")[0].GetProperty("label").GetString();
            Assert.Equal(HttpStatusCode.OK, (await candidate.PutAsJsonAsync($"/api/attempt/answers/{i}", new { choices = new[] { label } })).StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(31));
        var handedInAt = host.Clock.GetUtcNow();

        Assert.Equal(HttpStatusCode.NoContent, (await candidate.PostAsync("/api/attempt/submit", null)).StatusCode);
        var after = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");
        var receipt = after.GetProperty("receipt");
        var audit = await (await host.AdminAsync()).GetStringAsync($"/api/audit?subject=session/{sitting.Id}&action=attempt.submitted");

        Assert.Equal("submitted", after.GetProperty("status").GetString());
        Assert.Equal(handedInAt, receipt.GetProperty("submittedAt").GetDateTimeOffset());
        Assert.Equal((3, paper.GetProperty("questions").GetArrayLength()), (receipt.GetProperty("answered").GetInt32(), receipt.GetProperty("questions").GetInt32()));
        var reference = receipt.GetProperty("reference").GetString()!;
        Assert.Matches(ReferenceFormat(), reference);
        Assert.Contains("receipt " + reference, audit, StringComparison.Ordinal);
        Assert.Equal(reference, (await candidate.GetFromJsonAsync<JsonElement>("/api/attempt")).GetProperty("receipt").GetProperty("reference").GetString());
    }

    [Fact]
    public async Task SignInPage_TicketInLowerCase_OpensThePaper()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        var browser = host.NewClient();
        var token = await TokenAsync(browser, "/exam");

        var response = await browser.PostAsync("/exam", Form(token, ("Ticket", sitting.Tickets[0].ToLowerInvariant()), ("IdNumber", sitting.IdNumbers[0]), ("AccessCode", sitting.AccessCode)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/exam/paper", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignInPage_WrongCode_SaysSoOnThePageInTheVisitorsLanguage()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        var browser = host.NewClient();
        var token = await TokenAsync(browser, "/exam?lang=en");
        var wrong = sitting.AccessCode == "000000" ? "000001" : "000000";

        var response = await browser.PostAsync("/exam", Form(token, ("Ticket", sitting.Tickets[0]), ("IdNumber", sitting.IdNumbers[0]), ("AccessCode", wrong)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("The ticket number, ID number or access code is wrong", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "请填写准考证号", "考场口令为 6 位数字", "Admission ticket number required")]
    [InlineData("en", "Admission ticket number required", "The access code has 6 digits", "请填写准考证号")]
    public async Task SignInPage_EmptyTicketAndShortCode_SaysWhatIsMissingInThePagesLanguageOnly(string language, string ticket, string code, string otherLanguage)
    {
        var browser = host.NewClient();
        var token = await TokenAsync(browser, "/exam?lang=" + language);

        var response = await browser.PostAsync("/exam", Form(token, ("Ticket", ""), ("IdNumber", "110101199001011234"), ("AccessCode", "12")));
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains(ticket, html, StringComparison.Ordinal);
        Assert.Contains(code, html, StringComparison.Ordinal);
        Assert.DoesNotContain(otherLanguage, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessCode_HasOneNameOnTheSignInPageTheConsoleAndTheApiReference()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);

        var signIn = await host.NewClient().GetStringAsync("/exam");
        var console = await sitting.Proctor.GetStringAsync($"/proctor/{sitting.Id}");
        var openApi = await host.NewClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("考场口令（监考员宣布的 6 位数字）", signIn, StringComparison.Ordinal);
        Assert.Contains("考场口令（请向考生公布）", console, StringComparison.Ordinal);
        Assert.Contains("考场口令 (access code)", openApi, StringComparison.Ordinal);
        foreach (var other in new[] { "考场码", "场次口令" })
        {
            Assert.DoesNotContain(other, signIn, StringComparison.Ordinal);
            Assert.DoesNotContain(other, console, StringComparison.Ordinal);
            Assert.DoesNotContain(other, openApi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StatusPages_ABrowserGetsAPageTheApiGetsProblemDetails()
    {
        var browser = host.NewClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");

        var missing = await browser.GetAsync("/no-such-page");
        var expired = await browser.PostAsync("/exam", Form(null, ("Ticket", "ZK1"), ("IdNumber", "110101199001011234"), ("AccessCode", "123456")));
        var api = await host.NewClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.StartsWith("text/html", missing.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("页面不存在", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        var expiredPage = await expired.Content.ReadAsStringAsync();
        Assert.Contains("页面已过期，请重新填写", expiredPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/exam\"", expiredPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Start_WithTheExampleIssuer_WarnsOnce()
    {
        var line = await host.LoggedAsync(l => l.Contains("评价机构仍是示例", StringComparison.Ordinal));

        Assert.Contains("（示例）", line, StringComparison.Ordinal);
        Assert.Contains("CertEngine:Issuer", line, StringComparison.Ordinal);
    }

    internal static FormUrlEncodedContent Form(string? token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Concat(token is null ? [] : [new KeyValuePair<string, string>("__RequestVerificationToken", token)]));

    internal static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return AntiforgeryField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"no anti-forgery token on {path}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")]
    private static partial Regex ReferenceFormat();
}
