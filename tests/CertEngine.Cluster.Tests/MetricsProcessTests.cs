using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CertEngine.Cluster.Tests.Infrastructure;

namespace CertEngine.Cluster.Tests;

/// <summary>
/// <c>/metrics</c> as production serves it (issue 18): the real server alone in its process, scraped from loopback after a
/// few requests. The exposition holds the engine's own figures and the library meters beside them — ASP.NET Core's
/// request durations, Orleans' and the runtime's — which in-process tests cannot show reliably, because many test hosts
/// in one process share meters of the same names.
/// </summary>
public sealed class MetricsProcessTests : IDisposable
{
    private const int RefusedSignIns = 3;
    private readonly string _data = Directory.CreateTempSubdirectory("certengine-metrics-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Metrics_FromLoopback_OfTheServerInItsOwnProcess_HoldTheEngines_AspNetCores_OrleansAndTheRuntimesFigures()
    {
        await using var server = ServerProcess.Start(ServerPorts.Free(), "--data", _data, "--banks", Repository.Banks, "--tracks", Repository.Tracks);
        await server.WaitUntilHealthyAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        for (var i = 0; i < RefusedSignIns; i++)
        {
            var signIn = await http.PostAsJsonAsync("/api/account/sign-in", new { userName = "metrics.nobody", password = "not-the-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        }

        using var scrape = await http.GetAsync("/metrics");
        var exposition = await scrape.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.StartsWith("text/plain", scrape.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        // The engine's own meter.
        Assert.True(Sum(exposition, "certengine_sign_ins_total", "kind=\"staff\"", "outcome=\"refused\"") >= RefusedSignIns, exposition);
        Assert.Single(Samples(exposition, "certengine_attempts_active"));
        // ASP.NET Core's request durations, by route.
        Assert.True(Sum(exposition, "http_server_request_duration_seconds_count", "http_route=\"/api/account/sign-in\"", "http_response_status_code=\"401\"") >= RefusedSignIns, exposition);
        Assert.True(Sum(exposition, "http_server_request_duration_seconds_count", "http_route=\"/healthz\"") >= 1, exposition);
        // Orleans' meter (activations, messages, storage) and the runtime's (GC, CPU, threads).
        Assert.NotEmpty(Samples(exposition, "orleans_catalog_activations"));
        Assert.Contains(Lines(exposition), line => line.StartsWith("orleans_messaging_", StringComparison.Ordinal));
        Assert.NotEmpty(Samples(exposition, "dotnet_gc_collections_total"));
        Assert.Contains(Lines(exposition), line => line.StartsWith("dotnet_process_cpu_time_seconds_total", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Lines(string exposition) =>
        exposition.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#'));

    /// <summary>The samples of one metric (Prometheus text format) whose labels contain every one of <paramref name="labels"/>.</summary>
    private static List<string> Samples(string exposition, string metric, params string[] labels) => Lines(exposition)
        .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
        .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
        .ToList();

    private static double Sum(string exposition, string metric, params string[] labels) => Samples(exposition, metric, labels)
        .Sum(line => double.Parse(line[(line.LastIndexOf('}') is var brace and >= 0 ? brace + 1 : metric.Length)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
