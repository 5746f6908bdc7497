using System.Net;
using CertEngine.Server.Hosting.Options;
using CertEngine.Server.Web.Security;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Server.Tests.Web;

public sealed class CrossSiteRequestGateTests
{
    private static readonly SecurityOptions Proxied = new() { AllowedOrigins = ["https://exam.example.org"] };

    [Theory]
    [InlineData("POST", null, null, false)]
    [InlineData("POST", "http://127.0.0.1:5080", null, false)]
    [InlineData("POST", "http://127.0.0.1:5080", "same-origin", false)]
    [InlineData("POST", "http://127.0.0.1:5080", "none", false)]
    [InlineData("POST", "http://127.0.0.1:9999", null, true)]
    [InlineData("PUT", "http://localhost:5080", null, true)]
    [InlineData("DELETE", "https://127.0.0.1:5080", null, true)]
    [InlineData("PATCH", "null", null, true)]
    [InlineData("POST", null, "same-site", true)]
    [InlineData("POST", null, "cross-site", true)]
    [InlineData("POST", "http://127.0.0.1:5080", "same-site", true)]
    public async Task InvokeAsync_OnTheServersOwnAddress_PassesOnlyOwnPagesAndScripts(string method, string? origin, string? fetchSite, bool refused)
    {
        var (context, reached) = await SendAsync(new SecurityOptions(), null, method, "http", "127.0.0.1:5080", origin, fetchSite);

        Assert.Equal(refused, !reached);
        Assert.Equal(refused ? StatusCodes.Status403Forbidden : StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    public async Task InvokeAsync_ReadingFromAnotherSite_PassesOn(string method)
    {
        var (_, reached) = await SendAsync(new SecurityOptions(), null, method, "http", "127.0.0.1:5080", "http://127.0.0.1:9999", "cross-site");

        Assert.True(reached);
    }

    [Theory]
    [InlineData("https://exam.example.org", false)]
    [InlineData("https://exam.example.org:8443", true)]
    [InlineData("http://exam.example.org", true)]
    [InlineData("https://other.example.org", true)]
    public async Task InvokeAsync_BehindAProxyRewritingHost_PassesTheAllowedOriginOnly(string origin, bool refused)
    {
        var (_, reached) = await SendAsync(Proxied, null, "POST", "http", "127.0.0.1:5080", origin, null);

        Assert.Equal(refused, !reached);
    }

    [Fact]
    public async Task InvokeAsync_FromThePublicBaseUrl_PassesOn()
    {
        var (_, reached) = await SendAsync(new SecurityOptions(), "https://exam.example.org/", "POST", "http", "127.0.0.1:5080", "https://exam.example.org", null);

        Assert.True(reached);
    }

    private static async Task<(HttpContext Context, bool Reached)> SendAsync(
        SecurityOptions security, string? publicBaseUrl, string method, string scheme, string host, string? origin, string? fetchSite)
    {
        var reached = false;
        var gate = new CrossSiteRequestGate(
            _ => { reached = true; return Task.CompletedTask; },
            Microsoft.Extensions.Options.Options.Create(security), Microsoft.Extensions.Options.Options.Create(new CertEngineOptions { PublicBaseUrl = publicBaseUrl }),
            new StatusOnlyProblems(), NullLogger<CrossSiteRequestGate>.Instance,
            // Only recorded in memory here: the recorder reaches the grains when it hands events over, which no test here asks.
            new SecurityEventRecorder(null!, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new SecurityEventOptions()), NullLogger<SecurityEventRecorder>.Instance));
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.10");
        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        if (fetchSite is not null)
        {
            context.Request.Headers["Sec-Fetch-Site"] = fetchSite;
        }

        await gate.InvokeAsync(context);
        return (context, reached);
    }

    private sealed class StatusOnlyProblems : IProblemDetailsService
    {
        public ValueTask WriteAsync(ProblemDetailsContext context) => ValueTask.CompletedTask;
    }
}
