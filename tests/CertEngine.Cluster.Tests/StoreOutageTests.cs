using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CertEngine.Cluster.Tests.Infrastructure;
using CertEngine.Contracts.Attempts;
using Xunit.Abstractions;

namespace CertEngine.Cluster.Tests;

/// <summary>
/// A server in cluster mode whose PostgreSQL stops mid-exam and comes back: requests fail fast with 503, the outage is
/// logged once, /healthz tells, and the server recovers by itself with nothing acknowledged lost (issue 5, item 5).
/// </summary>
public sealed class StoreOutageTests(ITestOutputHelper output) : IDisposable
{
    private const string StoreDownEvent = "StoreAvailability[7201]";
    private const string StoreBackEvent = "StoreAvailability[7202]";
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(1.5);
    private readonly string _data = Directory.CreateTempSubdirectory("certengine-outage-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [PostgresBinariesFact]
    public async Task Server_PostgresStopsAndReturns_Answers503FastLogsOnceAndRecoversWithEveryAnswer()
    {
        await using var postgres = await LocalPostgres.StartAsync();
        await using var database = await PostgresDatabase.CreateAsync(postgres.ConnectionString);
        await ServerVerbs.MigrateAsync(database.ConnectionString);
        var ports = ServerPorts.Free();
        await using var server = ServerProcess.Start(ports, "--postgres", database.ConnectionString, "--banks", Repository.Banks, "--tracks", Repository.Tracks,
            "--data", _data);
        await server.WaitUntilHealthyAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        await using var client = await ClusterClient.ConnectToClusterAsync(database.ConnectionString);
        var sitting = await ExamSitting.StartAsync(client.Grains, "OUTAGE-LL01", candidates: 3, minutes: 90, idSeed: 3);
        await sitting.SaveAnswersAsync(client.Grains, firstIndex: 0, count: 5);
        var signInWhileUp = await SignInAsync(http);

        await postgres.StopAsync();
        var firstRequest = await TimedAsync(() => SignInAsync(http));
        var laterRequests = new List<(HttpStatusCode Status, TimeSpan Took)>();
        for (var i = 0; i < 10; i++)
        {
            laterRequests.Add(await TimedAsync(() => SignInAsync(http)));
        }

        var problem = await http.PostAsJsonAsync("/api/candidate/sign-in", SignIn);
        var problemBody = await problem.Content.ReadAsStringAsync();
        var healthWhileDown = await TimedAsync(async () => (await http.GetAsync("/healthz")).StatusCode);
        var saveWatch = Stopwatch.StartNew();
        var saveWhileDown = await Record.ExceptionAsync(() => client.Grains.GetGrain<IAttemptGrain>(sitting.AttemptKeys.First()).SaveAnswerAsync(6, ["A"]));
        var saveTook = saveWatch.Elapsed;
        var downLines = server.Lines.Count(line => line.Contains(StoreDownEvent, StringComparison.Ordinal));

        await postgres.StartAgainAsync();
        await server.WaitUntilHealthyAsync();
        var signInAfter = await SignInAsync(http);
        var lost = await sitting.FindLostAnswersAsync(client.Grains);
        var savedAfter = await client.Grains.GetGrain<IAttemptGrain>(sitting.AttemptKeys.First()).SaveAnswerAsync(6, ["A"]);
        output.WriteLine($"first request {firstRequest}, later ones {string.Join(", ", laterRequests)}, /healthz {healthWhileDown}, grain save failed after {saveTook}");

        Assert.Equal(HttpStatusCode.Unauthorized, signInWhileUp);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, true), (firstRequest.Status, firstRequest.Took < Fast));
        Assert.All(laterRequests, request => Assert.Equal((HttpStatusCode.ServiceUnavailable, true), (request.Status, request.Took < Fast)));
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        Assert.Contains("数据存储暂时不可用", problemBody, StringComparison.Ordinal);
        Assert.Equal("5", problem.Headers.RetryAfter?.ToString());
        Assert.Equal((HttpStatusCode.ServiceUnavailable, true), (healthWhileDown.Status, healthWhileDown.Took < Fast));
        Assert.NotNull(saveWhileDown);
        Assert.True(saveTook < Fast, $"a grain save with the store down took {saveTook}");
        Assert.Equal(1, downLines);
        Assert.Equal(1, server.Lines.Count(line => line.Contains(StoreBackEvent, StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, signInAfter);
        Assert.Empty(lost);
        Assert.True(savedAfter.Saved);
    }

    // A ticket never seen before: its grain must be read from the store, so the request needs the database.
    private static object SignIn => new { ticket = $"T-{Guid.NewGuid():N}"[..20], idNumber = "14040219700101001X", accessCode = "000000" };

    private static async Task<HttpStatusCode> SignInAsync(HttpClient http) => (await http.PostAsJsonAsync("/api/candidate/sign-in", SignIn)).StatusCode;

    private static async Task<(HttpStatusCode Status, TimeSpan Took)> TimedAsync(Func<Task<HttpStatusCode>> request)
    {
        var watch = Stopwatch.StartNew();
        var status = await request();
        return (status, watch.Elapsed);
    }
}
