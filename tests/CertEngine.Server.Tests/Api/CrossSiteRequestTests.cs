using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// The forgeries SameSite=Strict lets through (a page on another port of this host, or on a sibling subdomain, is the
/// same site): a signed-in staff member's browser sends them with the cookie, and each is refused with 403 and changes
/// nothing, JSON, multipart, body-less and page-form alike; the same request from the server's own pages goes through.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class CrossSiteRequestTests(ApiHost host)
{
    private const string OwnOrigin = "http://localhost", AnotherPort = "http://localhost:9999";
    private const string Bank = "4-10-01-06";

    [Fact]
    public async Task CreateStaff_FromAnotherPort_IsRefusedAndCreatesNoAccount_FromOwnPage_Creates()
    {
        var admin = await host.AdminAsync();
        var account = new { userName = "forged.admin", displayName = "x", roles = new[] { "Admin" }, password = ApiHost.Password };

        var forged = await admin.SendAsync(From(AnotherPort, HttpMethod.Post, "/api/staff", JsonContent.Create(account)));
        var listed = await admin.GetStringAsync("/api/staff");
        var own = await admin.SendAsync(From(OwnOrigin, HttpMethod.Post, "/api/staff", JsonContent.Create(account with { userName = "own.page.admin" })));

        await AssertRefusedAsync(forged);
        Assert.DoesNotContain("forged.admin", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task BankUploadAndPublish_FromSameSitePages_AreRefusedAndChangeNoBank()
    {
        var manager = await host.StaffAsync("forgery.manager", "CentreManager");
        var before = await StateOfBankAsync(manager);
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Bank), "bank" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("answer: B # the changed key")), "file", "bank.yaml" },
        };
        var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/banks/{Bank}/publish");
        publish.Headers.Add("Sec-Fetch-Site", "same-site");

        var uploaded = await manager.SendAsync(From(AnotherPort, HttpMethod.Post, "/api/banks/drafts", upload));
        var published = await manager.SendAsync(publish);

        await AssertRefusedAsync(uploaded);
        await AssertRefusedAsync(published);
        Assert.Equal(before, await StateOfBankAsync(manager));
    }

    [Fact]
    public async Task Pause_FromACrossSitePage_IsRefusedAndTheSittingRuns_FromTheConsole_Pauses()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sitting.Id}/pause") { Content = JsonContent.Create(new { reason = "伪造" }) };
        forged.Headers.Add("Sec-Fetch-Site", "cross-site");

        var refused = await sitting.Proctor.SendAsync(forged);
        var running = await StatusOfAsync(sitting);
        var own = await sitting.Proctor.SendAsync(From(OwnOrigin, HttpMethod.Post, $"/api/sessions/{sitting.Id}/pause", JsonContent.Create(new { reason = "停电" })));

        await AssertRefusedAsync(refused);
        Assert.Equal("running", running);
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal("paused", await StatusOfAsync(sitting));
    }

    [Fact]
    public async Task OpenCheckIn_BodilessFromAnotherHost_IsRefused()
    {
        var proctor = await host.StaffAsync("forgery.proctor", "Proctor");

        var refused = await proctor.SendAsync(From("http://127.0.0.1:9999", HttpMethod.Post, "/api/sessions/no-such-sitting/open-check-in", content: null));

        await AssertRefusedAsync(refused);
    }

    [Fact]
    public async Task StaffPageForm_FromAnotherPort_IsRefusedDespiteItsToken_AndCreatesNoAccount_FromTheOwnPage_Creates()
    {
        var admin = await host.AdminAsync();
        var token = await TokenAsync(admin, "/admin/staff");
        FormUrlEncodedContent Form(string userName) => new(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["DisplayName"] = "x", ["Roles"] = "Admin", ["Password"] = ApiHost.Password, ["__RequestVerificationToken"] = token,
        });

        var forged = await admin.SendAsync(From(AnotherPort, HttpMethod.Post, "/admin/staff?handler=Create", Form("forged.page.admin")));
        var listed = await admin.GetStringAsync("/api/staff");
        var own = await admin.SendAsync(From(OwnOrigin, HttpMethod.Post, "/admin/staff?handler=Create", Form("own.form.admin")));

        await AssertRefusedAsync(forged);
        Assert.DoesNotContain("forged.page.admin", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("own.form.admin", await admin.GetStringAsync("/api/staff"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPageForm_FromASameSitePage_IsRefused_SoNobodyIsSignedInAsTheAttacker()
    {
        await host.StaffAsync("forgery.signin", "Proctor");
        var client = host.NewClient();
        var token = await TokenAsync(client, "/sign-in");
        var forged = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "forgery.signin", ["Password"] = ApiHost.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        forged.Headers.Add("Sec-Fetch-Site", "same-site");

        var refused = await client.SendAsync(forged);

        await AssertRefusedAsync(refused);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task ForwardedProto_FromAClientNotListedAsAProxy_IsIgnored()
    {
        var admin = await host.AdminAsync();
        var request = From("https://localhost", HttpMethod.Post, "/api/staff", JsonContent.Create(new { }));
        // Believed, this would make the request https and https://localhost its own origin.
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await admin.SendAsync(request);

        await AssertRefusedAsync(response);
    }

    private static HttpRequestMessage From(string origin, HttpMethod method, string path, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden && RoleMatrixTests.IsCrossSiteRefusal(body), $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> StateOfBankAsync(HttpClient client)
    {
        var bank = await client.GetStringAsync($"/api/banks/{Bank}");
        var draft = await client.GetAsync($"/api/banks/{Bank}/draft");
        // A 404 carries a fresh traceId: compare its status only.
        return $"{bank}\n{(draft.IsSuccessStatusCode ? await draft.Content.ReadAsStringAsync() : (int)draft.StatusCode)}";
    }

    private static async Task<string?> StatusOfAsync(SittingAsync sitting) =>
        (await sitting.Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}")).GetProperty("status").GetString();

    private static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var match = AntiForgery().Match(await client.GetStringAsync(path));
        Assert.True(match.Success, $"{path} has no anti-forgery token");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
