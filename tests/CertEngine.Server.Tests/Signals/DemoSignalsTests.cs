using CertEngine.Domain.Integrity;
using CertEngine.Server.Cli;
using CertEngine.Server.Features.Signals;
using CertEngine.Storage;
using CertEngine.Storage.Records.Integrity;
using Microsoft.Data.Sqlite;

namespace CertEngine.Server.Tests.Signals;

/// <summary>The demo's simulated day plants one pair of neighbours who copy wrong answers, and the signals name that pair.</summary>
public sealed class DemoSignalsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-demo-signals-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Demo_TheorySitting_SignalsNameThePlantedPairOnly_AndNoCandidateIsFastOrDisconnected()
    {
        var root = Cli.BankCommandsTests.RepositoryRoot();
        var data = Path.Combine(_directory, "data");
        var error = new StringWriter();
        var code = await CertEngineCommandLine.RunAsync(
            ["demo", "--data", data, "--out", Path.Combine(_directory, "out"), "--banks", Path.Combine(root, "question-banks"),
             "--tracks", Path.Combine(root, "tracks"), "--certificates", Path.Combine(root, "certificates"), "--candidates", "12"],
            new StringWriter(), error, TimeProvider.System);
        Assert.True(code == 0, error.ToString());
        var settings = new StorageSettings.Embedded(data);
        string sessionId;
        await using (var connection = new SqliteConnection($"Data Source={settings.DatabasePath};Mode=ReadOnly"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT DISTINCT SessionId FROM CertEngineTheoryAttempts;";
            sessionId = (string)(await command.ExecuteScalarAsync())!;
        }

        var stored = await new SqlSittingSignalRecords(settings).ReadAsync(sessionId, 100);
        var report = SittingSignals.Compute(stored.Attempts.Select(SittingSignalReader.Conduct).ToList(), AnalyticsSettingsFile.Load(Path.Combine(root, "question-banks", AnalyticsSettingsFile.FileName)).Signals);

        var pair = Assert.Single(report.Pairs);
        Assert.Equal((1, 2, true), (pair.SeatA, pair.SeatB, pair.Neighbours));
        Assert.True(pair.PValue <= pair.Threshold, $"p {pair.PValue} above {pair.Threshold}");
        Assert.Equal((12, 12), (report.Candidates, report.Timed));
        Assert.Empty(report.Signals);
    }
}
