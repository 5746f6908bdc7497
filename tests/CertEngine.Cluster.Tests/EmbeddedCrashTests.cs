using CertEngine.Cluster.Tests.Infrastructure;
using CertEngine.Contracts.Attempts;

namespace CertEngine.Cluster.Tests;

/// <summary>The embedded server (one silo, SQLite file under --data) killed with SIGKILL in the middle of an exam.</summary>
public sealed class EmbeddedCrashTests : IDisposable
{
    private const int Candidates = 30;
    private readonly string _data = Directory.CreateTempSubdirectory("certengine-crash-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Server_KilledMidExamAndRestarted_KeepsEveryAcknowledgedAnswerAndEveryDeadline()
    {
        var ports = ServerPorts.Free();
        string[] arguments = ["--data", _data, "--banks", Repository.Banks, "--tracks", Repository.Tracks];
        ExamSitting sitting;
        Dictionary<string, DateTimeOffset?> deadlines;
        await using (var server = ServerProcess.Start(ports, arguments))
        {
            await server.WaitUntilHealthyAsync();
            await using var client = await ClusterClient.ConnectToGatewayAsync(ports.Gateway);
            sitting = await ExamSitting.StartAsync(client.Grains, "CRASH-LL01", Candidates, minutes: 90, idSeed: 1);
            await sitting.SaveAnswersAsync(client.Grains, firstIndex: 0, count: 10);
            deadlines = await DeadlinesAsync(client.Grains, sitting);

            // Kill while a second wave of saves is in flight: the ones acknowledged before the kill must survive.
            var inFlight = sitting.SaveAnswersAsync(client.Grains, firstIndex: 10, count: 10, tolerateFailures: true);
            await sitting.WhenAcknowledgedAsync(Candidates * 10 + 60);
            await server.KillAsync();
            await inFlight;
        }

        await using var restarted = ServerProcess.Start(ports, arguments);
        await restarted.WaitUntilHealthyAsync();
        await using var reconnected = await ClusterClient.ConnectToGatewayAsync(ports.Gateway);

        var lost = await sitting.FindLostAnswersAsync(reconnected.Grains);
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged answers lost:{Environment.NewLine}{string.Join(Environment.NewLine, lost.Take(20))}");
        Assert.InRange(sitting.Acknowledged.Count, Candidates * 10 + 60, Candidates * 20);
        foreach (var key in sitting.AttemptKeys)
        {
            var asked = DateTimeOffset.UtcNow;
            var paper = await reconnected.Grains.GetGrain<IAttemptGrain>(key).GetPaperAsync();
            var answered = DateTimeOffset.UtcNow;

            Assert.NotNull(paper);
            Assert.Equal(AttemptStatus.Running, paper.Status);
            Assert.Equal(deadlines[key], paper.Deadline);
            // Remaining time is the deadline minus the server's now, and that now lies within the call.
            var serverNow = paper.Deadline!.Value - paper.Remaining;
            Assert.InRange(serverNow, asked, answered);
        }
    }

    private static async Task<Dictionary<string, DateTimeOffset?>> DeadlinesAsync(IGrainFactory grains, ExamSitting sitting)
    {
        var deadlines = new Dictionary<string, DateTimeOffset?>();
        foreach (var key in sitting.AttemptKeys)
        {
            deadlines[key] = (await grains.GetGrain<IAttemptGrain>(key).GetPaperAsync())!.Deadline;
        }

        return deadlines;
    }
}
