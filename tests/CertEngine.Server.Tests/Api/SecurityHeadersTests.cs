using System.Net.Http.Json;
using CertEngine.Server.Web.Security;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Every page and answer carries the security headers: a strict Content-Security-Policy, <c>nosniff</c>, framing
/// refused, a referrer policy, no <c>Server</c> banner; answers holding a paper or an access code are never stored.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SecurityHeadersTests(ApiHost host)
{
    [Fact]
    public async Task EveryPageRoute_AsAdmin_CarriesTheHeadersAndIsNotStored()
    {
        var admin = await host.AdminAsync();
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageRouteMetadata>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Append("/")
            .Distinct()
            .ToList();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(route, "\\{[^}]+\\}", "none");
            var response = await admin.GetAsync(url);
            var policy = route is "/proctor/{sessionId}/tickets" or "/admin/batches/{id}/tickets" ? ContentSecurityPolicies.Document : ContentSecurityPolicies.Pages;
            failures.AddRange(Problems(response, policy, noStore: true).Select(p => $"{url} ({(int)response.StatusCode}): {p}"));
        }

        Assert.True(routes.Count > 20, $"only {routes.Count} page routes found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Https_ToACentresName_IsPinnedToHttpsWithHsts_AndItsCookiesAreSecure()
    {
        var https = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://exam.example.org"), AllowAutoRedirect = false });
        var http = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://exam.example.org"), AllowAutoRedirect = false });
        var local = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var pinned = await https.GetAsync("/sign-in?lang=en");
        var plain = await http.GetAsync("/sign-in?lang=en");
        var loopback = await local.GetAsync("/");

        Assert.Equal("max-age=15552000", Assert.Single(pinned.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.False(loopback.Headers.Contains("Strict-Transport-Security"));
        var cookies = pinned.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(plain.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CandidateAndProctorAnswers_WithPaperOrAccessCode_AreNotStored()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var signIn = await host.NewClient().PostAsJsonAsync("/api/candidate/sign-in",
            new { ticket = sitting.Tickets[0], idNumber = sitting.IdNumbers[0], accessCode = sitting.AccessCode });
        var candidate = await sitting.SignInCandidateAsync(0);

        HttpResponseMessage[] answers =
        [
            signIn,
            await candidate.GetAsync("/api/attempt"),
            await candidate.GetAsync("/api/attempt/status"),
            await candidate.PutAsJsonAsync("/api/attempt/answers/0", new { choices = new[] { "A" } }),
            await candidate.GetAsync("/exam/paper"),
            await sitting.Proctor.GetAsync($"/api/sessions/{sitting.Id}"),
            await sitting.Proctor.GetAsync("/api/sessions"),
            await sitting.Proctor.GetAsync($"/proctor/{sitting.Id}"),
            await sitting.Proctor.GetAsync($"/proctor/{sitting.Id}/tickets"),
        ];

        var failures = answers.SelectMany(r => Problems(r, null, noStore: true).Select(p => $"{r.RequestMessage!.RequestUri!.PathAndQuery} ({(int)r.StatusCode}): {p}")).ToList();
        Assert.All(answers, r => Assert.True(r.IsSuccessStatusCode, $"{r.RequestMessage!.RequestUri} answered {(int)r.StatusCode}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task StaticFilesAndPublicKeys_CarryTheHeaders_AndKeepTheirCaching()
    {
        var client = host.NewClient();

        var css = await client.GetAsync("/css/site.css");
        var jwks = await client.GetAsync("/.well-known/jwks.json");

        Assert.Empty(Problems(css, ContentSecurityPolicies.Pages, noStore: false));
        Assert.Null(css.Headers.CacheControl);
        Assert.Empty(Problems(jwks, ContentSecurityPolicies.Pages, noStore: false));
        Assert.Equal("public, max-age=300", jwks.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ApiReference_HasItsOwnPolicy_StillNothingFromElsewhere()
    {
        var response = await host.NewClient().GetAsync("/scalar/");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(Problems(response, ContentSecurityPolicies.ApiReference, noStore: true));
    }

    [Fact]
    public void Kestrel_SendsNoServerBanner()
    {
        Assert.False(host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    private static IEnumerable<string> Problems(HttpResponseMessage response, string? policy, bool noStore)
    {
        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

        if (policy is not null && Header("Content-Security-Policy") != policy)
        {
            yield return $"Content-Security-Policy is '{Header("Content-Security-Policy")}'";
        }

        if (policy is null && Header("Content-Security-Policy") is null)
        {
            yield return "no Content-Security-Policy";
        }

        if (Header("X-Content-Type-Options") != "nosniff")
        {
            yield return "no X-Content-Type-Options: nosniff";
        }

        if (Header("X-Frame-Options") != "DENY" || Header("Content-Security-Policy")?.Contains("frame-ancestors 'none'", StringComparison.Ordinal) != true)
        {
            yield return "framing not refused";
        }

        if (Header("Referrer-Policy") != SecurityHeaders.ReferrerPolicy)
        {
            yield return $"Referrer-Policy is '{Header("Referrer-Policy")}'";
        }

        if (Header("Server") is { } server)
        {
            yield return $"Server banner '{server}'";
        }

        if (noStore && response.Headers.CacheControl?.NoStore != true)
        {
            yield return $"Cache-Control is '{response.Headers.CacheControl}', not no-store";
        }
    }
}
