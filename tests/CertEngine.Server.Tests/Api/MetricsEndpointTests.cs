using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Server.Web.Metrics;
using Microsoft.AspNetCore.Http;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// <c>/metrics</c> (issue 18): Prometheus' text for a caller on this machine or a signed-in Admin, 403 ProblemDetails for
/// everyone else, a proxied request included; and the figures move with the exam day (parsed from the exposition).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MetricsEndpointTests(ApiHost host)
{
    [Fact]
    public async Task Metrics_AnonymousFromAnotherMachine_Is403ProblemDetails()
    {
        var response = await host.NewClient().GetAsync(MetricsSetup.MetricsPath);

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Metrics_SignedInStaffWhoIsNotAdmin_Is403ProblemDetails()
    {
        var proctor = await host.StaffAsync("metrics.proctor", "Proctor");

        await AssertRefusedAsync(await proctor.GetAsync(MetricsSetup.MetricsPath));
    }

    [Fact]
    public async Task Metrics_FromLoopback_IsServed_ButNotWhenAProxyForwardedIt()
    {
        var local = await host.Server.SendAsync(c => Scrape(c, forwardedFor: null));
        var proxied = await host.Server.SendAsync(c => Scrape(c, forwardedFor: "203.0.113.7"));

        Assert.Equal(StatusCodes.Status200OK, local.Response.StatusCode);
        Assert.Equal(StatusCodes.Status403Forbidden, proxied.Response.StatusCode);
    }

    [Fact]
    public async Task Metrics_ForAnAdmin_AfterAnAnswerSave_TheSaveCounterAndTheRunningAttemptsHaveMoved()
    {
        var admin = await host.AdminAsync();
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var before = await ScrapeAsync(admin);
        var candidate = await sitting.SignInCandidateAsync(0);
        var paper = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");
        var label = paper.GetProperty("questions")[0].GetProperty("options")[0].GetProperty("label").GetString();
        Assert.Equal(HttpStatusCode.OK, (await candidate.PutAsJsonAsync("/api/attempt/answers/0", new { choices = new[] { label } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await candidate.GetAsync("/api/attempt/status")).StatusCode);

        var after = await ScrapeAsync(admin);

        Assert.True(Sum(after, "certengine_attempt_answer_saves_total", "outcome=\"saved\"") > Sum(before, "certengine_attempt_answer_saves_total", "outcome=\"saved\""), after);
        Assert.True(Sum(after, "certengine_attempt_status_polls_total") > Sum(before, "certengine_attempt_status_polls_total"));
        Assert.True(Sum(after, "certengine_sign_ins_total", "kind=\"candidate\"") > Sum(before, "certengine_sign_ins_total", "kind=\"candidate\""));
        Assert.True(Sum(after, "certengine_attempts_active") >= 1, "the candidate's attempt runs");
    }

    private static void Scrape(HttpContext context, string? forwardedFor)
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = MetricsSetup.MetricsPath;
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync(MetricsSetup.MetricsPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(MetricsGate.Title, problem.GetProperty("title").GetString());
    }

    /// <summary>The sum of a metric's samples (Prometheus text format) whose labels contain <paramref name="label"/>; 0 when none.</summary>
    private static double Sum(string exposition, string metric, string? label = null) => exposition.Split('\n')
        .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
        .Where(line => label is null || line.Contains(label, StringComparison.Ordinal))
        .Sum(line => double.Parse(line[(line.LastIndexOf('}') is var brace and >= 0 ? brace + 1 : metric.Length)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
