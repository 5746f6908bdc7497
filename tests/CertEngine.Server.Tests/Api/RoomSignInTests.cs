using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Server.Hosting.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

/// <summary>The server with the shipped per-address sign-in limit, which a room behind one NAT address must get through.</summary>
public sealed class RoomHost : ApiHost
{
    /// <summary>The header this test host reads the client's address from (the test server has no real connections).</summary>
    public const string AddressHeader = "X-Test-Client-Address";

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("CertEngine:SignInPermitsPerMinute", new CertEngineOptions().SignInPermitsPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
    }

    /// <summary>A client whose requests come from <paramref name="address"/>.</summary>
    public HttpClient NewClientFrom(string address)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var address) && IPAddress.TryParse(address.ToString(), out var parsed))
                {
                    context.Connection.RemoteIpAddress = parsed;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class RoomCollection : ICollectionFixture<RoomHost>
{
    public const string Name = "room";
}

/// <summary>
/// Forty candidates of one room reach the server from one address (the test server gives every client the same one) and
/// all sign in within the same minute; the per-address limit still stops a flood, and its refusals are security events.
/// </summary>
[Collection(RoomCollection.Name)]
public sealed class RoomSignInTests(RoomHost host)
{
    [Fact]
    public async Task SignIn_FortyCandidatesBehindOneAddress_AllGetInWithinTheMinute()
    {
        var sitting = await SittingAsync.CreateAsync(host, 40);
        var wrong = sitting.AccessCode == "000000" ? "111111" : "000000";

        var pages = new List<HttpStatusCode>();
        var signIns = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            var browser = host.NewClientFrom("10.20.30.40");
            pages.Add((await browser.GetAsync("/exam")).StatusCode);
            pages.Add((await browser.GetAsync("/exam")).StatusCode);
            if (i % 4 == 0)
            {
                // Every fourth candidate mistypes the code once first.
                await browser.PostAsJsonAsync("/api/candidate/sign-in", new { ticket = sitting.Tickets[i], idNumber = sitting.IdNumbers[i], accessCode = wrong });
            }

            signIns.Add((await browser.PostAsJsonAsync("/api/candidate/sign-in", new { ticket = sitting.Tickets[i], idNumber = sitting.IdNumbers[i], accessCode = sitting.AccessCode })).StatusCode);
        }

        Assert.All(pages, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(signIns, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task SignIn_FloodFromOneAddress_IsRefusedAndRecorded()
    {
        var admin = await host.AdminAsync();
        var client = host.NewClientFrom("10.99.99.99");
        var permits = new CertEngineOptions().SignInPermitsPerMinute;

        // All at once, so they land in one window of the limiter (one by one, each refused sign-in costs a password hash,
        // and on a loaded machine the window could roll over before the last one).
        var answers = await Task.WhenAll(Enumerable.Range(0, permits + 5).Select(async i =>
            (await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "flood" + i, password = "not-a-password" })).StatusCode));
        var last = answers.Contains(HttpStatusCode.TooManyRequests) ? HttpStatusCode.TooManyRequests : answers[^1];

        var page = await client.GetAsync("/sign-in");
        var events = await admin.GetFromJsonAsync<JsonElement>("/api/security-events?kind=rate-limited");

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(events.GetProperty("events").EnumerateArray(), e => e.GetProperty("subject").GetString() == "POST /api/account/sign-in"
            && e.GetProperty("source").GetString() == "10.99.99.99");
    }

    [Fact]
    public async Task ExamSignInPage_FloodFromOneAddress_GetsAPageThatSaysToWaitNotJson()
    {
        var browser = host.NewClientFrom("10.99.88.77");
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");
        var token = await CandidateSignInTests.TokenAsync(browser, "/exam");
        var permits = new CertEngineOptions().SignInPermitsPerMinute;

        HttpResponseMessage last = new(HttpStatusCode.OK);
        for (var i = 0; i <= permits && last.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            last = await browser.PostAsync("/exam", CandidateSignInTests.Form(token, ("Ticket", "ZK-FLOOD-" + i), ("IdNumber", "110101199001011234"), ("AccessCode", "123456")));
        }

        var page = await last.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.StartsWith("text/html", last.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Contains("尝试次数过多，请稍候再试", page, StringComparison.Ordinal);
        Assert.Contains("请举手联系监考员", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/exam\"", page, StringComparison.Ordinal);
    }
}
