using System.Net;
using System.Text.Json;

namespace CertEngine.Server.Tests.Certificates;

[Collection(CertificateCollection.Name)]
public sealed class RateLimitTests(CertificateWorld world)
{
    [Fact]
    public async Task Verify_PastThePermitLimit_Is429ProblemThenChinesePage()
    {
        var server = world.Server("rate-limit", settings: new Dictionary<string, string>
        {
            ["CertEngine:Verification:PermitLimit"] = "3",
            ["CertEngine:Verification:WindowSeconds"] = "3600",
        });
        using var client = server.CreateClient();
        var (number, url) = world.Issued[0];
        var api = $"/api/certificates/{number}/verify?t={Uri.EscapeDataString(CertificateWorld.TokenOf(url))}";

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await client.GetAsync(api)).StatusCode);
        }

        var refused = await client.GetAsync(api);
        var page = await client.GetAsync(CertificateWorld.PathOf(url));
        var lookupPage = await client.GetAsync("/v");
        var jwks = await client.GetAsync("/.well-known/jwks.json");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], allowed);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
            Assert.StartsWith("查询过于频繁", problem.RootElement.GetProperty("title").GetString());
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("查询过于频繁，请稍后再试", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, lookupPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
    }
}
