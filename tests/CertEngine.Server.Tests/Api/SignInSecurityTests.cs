using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Sign-in resists guessing without locking out a room: per-ticket lockout with the proctor's unlock, takeover by a second
/// sign-in, staff lockout and timing, server-side sign-out, and every refusal in the security events.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SignInSecurityTests(ApiHost host)
{
    [Fact]
    public async Task CandidateSignIn_TenWrongCodes_LocksTheTicketOnlyUntilTheProctorUnlocks()
    {
        var sitting = await SittingAsync.CreateAsync(host, 2, start: false);
        var wrong = sitting.AccessCode == "000000" ? "111111" : "000000";

        var refusals = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            refusals.Add((await SignInAsync(sitting, 0, wrong)).StatusCode);
        }

        var whileLocked = await SignInAsync(sitting, 0, sitting.AccessCode);
        var neighbour = await SignInAsync(sitting, 1, sitting.AccessCode);
        var rosterLocked = await RosterLineAsync(sitting, 1);
        var unlock = await sitting.Proctor.PostAsync($"/api/sessions/{sitting.Id}/seats/1/unlock", null);
        var afterUnlock = await SignInAsync(sitting, 0, sitting.AccessCode);
        var rosterAfter = await RosterLineAsync(sitting, 1);

        Assert.All(refusals, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.Locked, whileLocked.StatusCode);
        Assert.Contains("监考员", (await whileLocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
        Assert.True(rosterLocked.GetProperty("locked").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterUnlock.StatusCode);
        Assert.False(rosterAfter.GetProperty("locked").GetBoolean());
        var events = await EventsAsync("ticket-locked");
        Assert.Contains(events, e => e.GetProperty("actor").GetString() == sitting.Tickets[0]);
        var failed = await EventsAsync("candidate-sign-in-failed");
        Assert.Contains(failed, e => e.GetProperty("actor").GetString() == sitting.Tickets[0] && e.GetProperty("count").GetInt32() >= 10);
        var trail = await (await host.AdminAsync()).GetFromJsonAsync<JsonElement>($"/api/audit?subject=session/{sitting.Id}");
        Assert.Contains(trail.GetProperty("records").EnumerateArray(), r => r.GetProperty("action").GetString() == "ticket.locked");
        Assert.Contains(trail.GetProperty("records").EnumerateArray(), r => r.GetProperty("action").GetString() == "ticket.unlocked");
    }

    [Fact]
    public async Task CandidateSignIn_WrongCodeBeforeCheckInOpens_CountsNothing()
    {
        var sitting = await SittingAsync.CreateAsync(host, 1, start: false);
        // A second sitting for the same ticket would be open; here only the sitting's close makes it not open.
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Proctor.PostAsync($"/api/sessions/{sitting.Id}/start", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/close", new { reason = "测试" })).StatusCode);

        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(sitting, 0, sitting.AccessCode)).StatusCode);
        }

        Assert.False((await RosterLineAsync(sitting, 1)).GetProperty("locked").GetBoolean());
    }

    [Fact]
    public async Task CandidateSignIn_SecondBrowser_TakesOverAndTheFirstIsToldWhy()
    {
        var sitting = await SittingAsync.CreateAsync(host, 1);
        var first = await sitting.SignInCandidateAsync(0);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/attempt/status")).StatusCode);

        var second = await sitting.SignInCandidateAsync(0);
        var firstAgain = await first.GetAsync("/api/attempt/status");
        var firstSave = await first.PutAsJsonAsync("/api/attempt/answers/0", new { choices = new[] { "A" } });
        var secondStatus = await second.GetAsync("/api/attempt/status");
        var line = await RosterLineAsync(sitting, 1);

        Assert.Equal(HttpStatusCode.Unauthorized, firstAgain.StatusCode);
        var problem = await firstAgain.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("superseded").GetBoolean());
        Assert.Contains("另一台电脑", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondStatus.StatusCode);
        Assert.Equal(1, line.GetProperty("deviceChanges").GetInt32());
        var trail = await (await host.AdminAsync()).GetFromJsonAsync<JsonElement>($"/api/audit?subject=session/{sitting.Id}");
        Assert.Contains(trail.GetProperty("records").EnumerateArray(), r => r.GetProperty("action").GetString() == "candidate.signed-in-elsewhere");
        Assert.Contains(await EventsAsync("candidate-taken-over"), e => e.GetProperty("actor").GetString() == sitting.Tickets[0]);
    }

    [Fact]
    public async Task CandidateExamPage_AfterTakeover_RedirectsToSignInSayingWhy()
    {
        var sitting = await SittingAsync.CreateAsync(host, 1);
        var first = await sitting.SignInCandidateAsync(0);
        await sitting.SignInCandidateAsync(0);

        var page = await first.GetAsync("/exam/paper");
        var signInPage = await first.GetAsync(page.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/exam?superseded=true", page.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("另一台电脑登录", await signInPage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignOut_Candidate_EndsTheSignInOnTheServer()
    {
        var sitting = await SittingAsync.CreateAsync(host, 1);
        var cookie = CookieFrom(await SignInAsync(sitting, 0, sitting.AccessCode));
        var client = WithCookie(cookie);
        var copy = WithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/attempt/status")).StatusCode);

        var signedOut = await client.PostAsync("/api/account/sign-out", null);
        var withCopy = await copy.GetAsync("/api/attempt/status");

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withCopy.StatusCode);
    }

    [Fact]
    public async Task SignOut_Staff_EndsTheSignInOnTheServerButNotTheOthers()
    {
        var other = await host.StaffAsync("signout.zhao", "Proctor");
        var cookie = CookieFrom(await host.NewClient().PostAsJsonAsync("/api/account/sign-in", new { userName = "signout.zhao", password = ApiHost.Password }));
        var client = WithCookie(cookie);
        var copy = WithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/account/me")).StatusCode);

        var signedOut = await client.PostAsync("/api/account/sign-out", null);
        var withCopy = await copy.GetAsync("/api/account/me");
        var otherBrowser = await other.GetAsync("/api/account/me");

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withCopy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherBrowser.StatusCode);
    }

    [Fact]
    public async Task StaffSignIn_FiveWrongPasswords_LockTheAccountForAPeriod()
    {
        await host.StaffAsync("locked.qian", "Assessor");
        var client = host.NewClient();

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add((await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "locked.qian", password = "not-the-password-" + i })).StatusCode);
        }

        var rightWhileLocked = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "locked.qian", password = ApiHost.Password });
        host.Clock.Advance(TimeSpan.FromMinutes(16));
        var rightAfter = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "locked.qian", password = ApiHost.Password });

        Assert.All(wrong, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.Unauthorized, rightWhileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightAfter.StatusCode);
        Assert.Contains(await EventsAsync("staff-account-locked"), e => e.GetProperty("actor").GetString() == "locked.qian");
        Assert.Contains(await EventsAsync("staff-sign-in-locked"), e => e.GetProperty("actor").GetString() == "locked.qian");
    }

    [Fact]
    public async Task StaffSignIn_UnknownUser_CostsAPasswordHashLikeAWrongPassword()
    {
        await host.StaffAsync("timing.sun", "Assessor");
        var client = host.NewClient();
        await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "nobody.here", password = "warm-up-password" });

        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            known.Add(await TimeAsync(() => client.PostAsJsonAsync("/api/account/sign-in", new { userName = "timing.sun", password = "wrong-password-" + i })));
            unknown.Add(await TimeAsync(() => client.PostAsJsonAsync("/api/account/sign-in", new { userName = "nobody.here" + i, password = "wrong-password-" + i })));
        }

        // Without the dummy hash an unknown name answers in about a millisecond, a wrong password in tens (PBKDF2). A known
        // name's wrong password also writes its failure count, which a loaded machine can make slow: hence one fifth.
        Assert.True(Median(unknown) > 0.2 * Median(known), $"unknown {Median(unknown):0.0} ms vs known {Median(known):0.0} ms");
    }

    [Theory]
    [InlineData("short-pass", "password")]
    [InlineData("aaaaaaaaaaaaaa", "password")]
    [InlineData("123456789012", "password")]
    [InlineData("Password2026!", "password")]
    [InlineData("qwertyuiop123", "password")]
    public async Task CreateStaff_WeakPassword_Is400NamingThePassword(string password, string field)
    {
        var admin = await host.AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/staff", new { userName = "weak." + Math.Abs(password.GetHashCode()) % 1000, displayName = "弱口令", roles = new[] { "Proctor" }, password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task SecurityEvents_RefusedRoleAndOwnership_AreListedNewestFirstForAdminOnly()
    {
        var proctor = await host.StaffAsync("events.wu", "Proctor");
        var sitting = await SittingAsync.CreateAsync(host, 1, start: false);

        Assert.Equal(HttpStatusCode.Forbidden, (await proctor.GetAsync("/api/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await proctor.GetAsync($"/api/sessions/{sitting.Id}/roster")).StatusCode);
        var asProctor = await proctor.GetAsync("/api/security-events");
        var list = await (await host.AdminAsync()).GetFromJsonAsync<JsonElement>("/api/security-events?pageSize=500");

        Assert.Equal(HttpStatusCode.Forbidden, asProctor.StatusCode);
        var events = list.GetProperty("events").EnumerateArray().ToList();
        Assert.Contains(events, e => e.GetProperty("kind").GetString() == "role-refused" && e.GetProperty("actor").GetString() == "events.wu"
            && e.GetProperty("subject").GetString() == "GET /api/staff");
        Assert.Contains(events, e => e.GetProperty("kind").GetString() == "ownership-refused" && e.GetProperty("actor").GetString() == "events.wu"
            && e.GetProperty("subject").GetString() == "session/" + sitting.Id);
        var times = events.Select(e => e.GetProperty("lastAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task Verify_AlteredToken_IsAForgedCertificateEvent()
    {
        var client = host.NewClient();
        const string number = "S000014040001265000777";

        var answer = await client.GetFromJsonAsync<JsonElement>($"/api/certificates/{number}/verify?t=eyJhbGciOiJFUzI1NiJ9.e30.AAAA");

        Assert.Equal("forged", answer.GetProperty("status").GetString());
        Assert.Contains(await EventsAsync("certificate-forged"), e => e.GetProperty("subject").GetString() == "certificate/" + number);
    }

    [Fact]
    public async Task ForeignOriginRequest_IsRefusedAndRecorded()
    {
        var admin = await host.AdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/sign-out");
        request.Headers.Add("Origin", "http://127.0.0.1:9999");

        var refused = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(await EventsAsync("foreign-origin"), e => e.GetProperty("subject").GetString() == "POST /api/account/sign-out from http://127.0.0.1:9999");
    }

    [Fact]
    public async Task SecurityEvents_UnknownKindOrPageSize_Is400()
    {
        var admin = await host.AdminAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/security-events?kind=nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/security-events?pageSize=100000")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/security?kind=role-refused")).StatusCode);
    }

    private async Task<HttpResponseMessage> SignInAsync(SittingAsync sitting, int index, string code) =>
        await host.NewClient().PostAsJsonAsync("/api/candidate/sign-in", new { ticket = sitting.Tickets[index], idNumber = sitting.IdNumbers[index], accessCode = code });

    private static async Task<JsonElement> RosterLineAsync(SittingAsync sitting, int seat)
    {
        var roster = await sitting.Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");
        return roster.EnumerateArray().Single(l => l.GetProperty("seat").GetInt32() == seat);
    }

    private async Task<List<JsonElement>> EventsAsync(string kind)
    {
        var list = await (await host.AdminAsync()).GetFromJsonAsync<JsonElement>($"/api/security-events?kind={kind}&pageSize=500");
        return list.GetProperty("events").EnumerateArray().ToList();
    }

    // A client that sends exactly the cookie it is given, as an attacker holding a copied cookie would.
    private HttpClient WithCookie(string cookie)
    {
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static string CookieFrom(HttpResponseMessage signIn)
    {
        Assert.True(signIn.IsSuccessStatusCode);
        return signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("certengine=", StringComparison.Ordinal));
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> request)
    {
        var watch = Stopwatch.StartNew();
        var response = await request();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

/// <summary>Audit trails of candidates are keyed by an internal id, never by the masked ID number.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidateTrailTests(ApiHost host)
{
    [Fact]
    public async Task Register_TwoPeopleWithTheSameMaskedIdNumber_KeepTrailsOfTheirOwn()
    {
        var (first, second) = TwinsUnderTheMask();
        var admin = await host.AdminAsync();

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/candidates", new { name = "王丽", idNumber = first, county = "潞州区" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/candidates", new { name = "王莉", idNumber = second, county = "潞州区" })).StatusCode);
        var a = (await admin.GetFromJsonAsync<JsonElement>($"/api/candidates/{first}")).GetProperty("internalId").GetString();
        var b = (await admin.GetFromJsonAsync<JsonElement>($"/api/candidates/{second}")).GetProperty("internalId").GetString();
        var trailA = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?subject=candidate/{a}");
        var trailB = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?subject=candidate/{b}");

        Assert.NotEqual(a, b);
        Assert.Equal(1, trailA.GetProperty("total").GetInt64());
        Assert.Equal(1, trailB.GetProperty("total").GetInt64());
    }

    // Two valid ID numbers whose first and last four characters agree (so their masked forms are equal).
    private static (string, string) TwinsUnderTheMask()
    {
        var serial = Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var seen = new Dictionary<char, string>();
        for (var day = 1; ; day++)
        {
            var body = $"140402{1980 + day / 300}{1 + day / 28 % 12:00}{1 + day % 28:00}{serial}";
            var id = CertEngine.TestSupport.IdNumbers.WithCheck(body);
            if (seen.TryGetValue(id[^1], out var twin) && twin != id)
            {
                return (twin, id);
            }

            seen[id[^1]] = id;
        }
    }
}
