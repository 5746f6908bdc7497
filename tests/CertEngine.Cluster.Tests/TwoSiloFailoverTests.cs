using System.Diagnostics;
using CertEngine.Cluster.Tests.Infrastructure;
using CertEngine.Contracts.Attempts;
using Xunit.Abstractions;

namespace CertEngine.Cluster.Tests;

/// <summary>
/// Two server processes on one PostgreSQL database run a sitting of 200 candidates: one silo is SIGKILLed mid-exam,
/// then every silo is killed and restarted, and the deadline still submits every attempt (issue 5, item 4).
/// </summary>
public sealed class TwoSiloFailoverTests(ITestOutputHelper output)
{
    private const int Candidates = 200;
    private const int TheoryMinutes = 2;

    [PostgresFact]
    public async Task Cluster_OneSiloKilledThenEverySiloRestarted_LosesNoAnswerAndSubmitsEveryAttemptAtTheDeadline()
    {
        var watch = Stopwatch.StartNew();
        await using var database = await PostgresDatabase.CreateAsync();
        using var data = ShortSittingData.Create(TheoryMinutes);
        await ServerVerbs.MigrateAsync(database.ConnectionString);
        var first = ServerPorts.Free();
        var second = ServerPorts.Free();
        await using var cluster = new PostgresCluster(database, data, output);
        await cluster.StartAsync([first, second]);
        await cluster.WaitForMembershipAsync(
            m => m.Count(r => r.Status == MembershipRow.Active) == 2, "both silos Active", TimeSpan.FromSeconds(30));
        var formed = (await cluster.MembersAsync()).Where(m => m.Status == MembershipRow.Active).Select(m => m.Port).Order().ToList();
        Assert.Equal(new[] { first.Silo, second.Silo }.Order(), formed);

        ExamSitting sitting;
        await using (var client = await ClusterClient.ConnectToClusterAsync(database.ConnectionString))
        {
            sitting = await ExamSitting.StartAsync(client.Grains, "CLUSTER-LL01", Candidates, TheoryMinutes, idSeed: 2);
            output.WriteLine($"{watch.Elapsed}: sitting started");
            await sitting.SaveAnswersAsync(client.Grains, firstIndex: 0, count: 4);

            // Placement decides where the attempts live (often all beside the sitting grain): kill the silo that hosts
            // the most of them, so the test always takes attempts away with the silo.
            var onFirst = await HostedOnAsync(client.Grains, sitting, first.Silo);
            var onSecond = await HostedOnAsync(client.Grains, sitting, second.Silo);
            var (victimIndex, victim, survivor, hostedByVictim) = onFirst.Count >= onSecond.Count
                ? (0, first, second, onFirst)
                : (1, second, first, onSecond);

            // SIGKILL that silo while answers are being saved through both gateways.
            var inFlight = sitting.SaveAnswersAsync(client.Grains, firstIndex: 4, count: 4, tolerateFailures: true);
            await sitting.WhenAcknowledgedAsync(Candidates * 4 + 200);
            await cluster.Servers[victimIndex].KillAsync();
            var killed = Stopwatch.StartNew();
            await cluster.WaitForMembershipAsync(
                m => m.Any(r => r.Port == victim.Silo && r.Status == MembershipRow.Dead), "the killed silo Dead", TimeSpan.FromSeconds(60));
            var detected = killed.Elapsed;
            await inFlight;
            output.WriteLine($"{watch.Elapsed}: killed silo declared Dead {detected.TotalSeconds:0.0} s after the kill; {hostedByVictim.Count} attempts were on it");

            var lostAfterKill = await sitting.FindLostAnswersAsync(client.Grains);
            var stillOnVictim = (await HostedOnAsync(client.Grains, sitting, victim.Silo)).Count;
            var onSurvivor = await HostedOnAsync(client.Grains, sitting, survivor.Silo);
            await sitting.SaveAnswersAsync(client.Grains, firstIndex: 8, count: 2);

            Assert.True(lostAfterKill.Count == 0, Describe("after one silo was killed", lostAfterKill));
            Assert.NotEmpty(hostedByVictim);
            Assert.Equal(0, stillOnVictim);
            Assert.Subset(onSurvivor.ToHashSet(), hostedByVictim.ToHashSet());
        }

        // A full restart: every silo killed while the sitting runs, then started again on the same ports.
        await cluster.KillAllAsync();
        await using var restarted = new PostgresCluster(database, data, output);
        await restarted.StartAsync([first, second]);
        output.WriteLine($"{watch.Elapsed}: restarted");

        // Nobody touches the attempts now: only the deadline reminders can submit them.
        var submitted = await restarted.WaitUntilNoReminderAsync(AttemptDeadlineReminder, TimeSpan.FromMinutes(4));
        output.WriteLine($"{watch.Elapsed}: every deadline reminder done {submitted.TotalSeconds:0} s after the restart");
        await using var reconnected = await ClusterClient.ConnectToClusterAsync(database.ConnectionString);
        var lost = await sitting.FindLostAnswersAsync(reconnected.Grains);
        var results = new List<AttemptResult?>();
        foreach (var key in sitting.AttemptKeys)
        {
            results.Add(await reconnected.Grains.GetGrain<IAttemptGrain>(key).GetResultAsync());
        }

        Assert.True(lost.Count == 0, Describe("after every silo was restarted", lost));
        Assert.All(results, result => Assert.Equal("system", result?.SubmittedBy));
        Assert.Equal(Candidates, results.Count);
        output.WriteLine($"{watch.Elapsed}: done; {sitting.Acknowledged.Count} acknowledged answers checked one by one");
    }

    // DeadlineAlarm.Reminder; the grains assembly is not referenced by these process-level tests.
    private const string AttemptDeadlineReminder = "deadline";

    private static async Task<List<string>> HostedOnAsync(IGrainFactory grains, ExamSitting sitting, int siloPort)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosted = new List<string>();
        foreach (var key in sitting.AttemptKeys)
        {
            if (await management.GetActivationAddress(grains.GetGrain<IAttemptGrain>(key)) is { } silo && silo.Endpoint.Port == siloPort)
            {
                hosted.Add(key);
            }
        }

        return hosted;
    }

    private static string Describe(string when, List<string> lost) =>
        $"{lost.Count} acknowledged answers lost {when}:{Environment.NewLine}{string.Join(Environment.NewLine, lost.Take(20))}";
}
