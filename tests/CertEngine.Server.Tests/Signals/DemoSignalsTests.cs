using CertEngine.Domain.Integrity;
using CertEngine.Domain.Supervision;
using CertEngine.Server.Cli;
using CertEngine.Server.Features.Signals;
using CertEngine.Storage;
using CertEngine.Storage.Records.Analytics;
using CertEngine.Storage.Records.Integrity;
using CertEngine.Storage.Records.Supervision;
using Microsoft.Data.Sqlite;

namespace CertEngine.Server.Tests.Signals;

/// <summary>
/// The demo's simulated day plants one pair of neighbours who copy wrong answers, and the signals name that pair; its
/// 督导员 files and signs the theory sitting's record; its answers give each item a mean time.
/// </summary>
public sealed class DemoSignalsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-demo-signals-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Demo_TheorySitting_SignalsNameThePlantedPairOnly_NoCandidateIsFastOrDisconnected_ItsSupervisorSignsTheRecord_AndItemsAreTimed()
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
        (string Code, long Version) bank;
        await using (var connection = new SqliteConnection($"Data Source={settings.DatabasePath};Mode=ReadOnly"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT DISTINCT SessionId FROM CertEngineTheoryAttempts;";
            sessionId = (string)(await command.ExecuteScalarAsync())!;
            command.CommandText = "SELECT BankCode, BankVersion FROM CertEngineTheoryAttempts LIMIT 1;";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            bank = (reader.GetString(0), reader.GetInt64(1));
        }

        var stored = await new SqlSittingSignalRecords(settings).ReadAsync(sessionId, 100);
        var report = SittingSignals.Compute(stored.Attempts.Select(SittingSignalReader.Conduct).ToList(), AnalyticsSettingsFile.Load(Path.Combine(root, "question-banks", AnalyticsSettingsFile.FileName)).Signals);

        var pair = Assert.Single(report.Pairs);
        Assert.Equal((1, 2, true), (pair.SeatA, pair.SeatB, pair.Neighbours));
        Assert.True(pair.PValue <= pair.Threshold, $"p {pair.PValue} above {pair.Threshold}");
        Assert.Equal((12, 12), (report.Candidates, report.Timed));
        Assert.Empty(report.Signals);

        // 逢考必督: the sitting's external 督导员 filed one record, signed, every checklist item answered.
        var record = Assert.Single(await new SqlSupervisionRecords(settings).ForSittingAsync(sessionId, 10));
        var checklist = SupervisionChecklistReader.Load(Path.Combine(root, "tracks")).Checklist!;
        Assert.Equal(("zhao.min", "赵敏（外部督导员）", true, true, null), (record.Supervisor, record.SupervisorName, record.Signed, record.External, record.Corrects));
        Assert.Equal(checklist.Items.Select(i => i.Id), record.Entries.Select(e => e.ItemId));
        Assert.All(record.Entries, e => Assert.NotNull(e.Answer));

        // Every answer was timed: the items answered have a mean time, in the room's pace (a paper in under an hour).
        var times = await new SqlItemAnalysisRecords(settings).TimesAsync(bank.Code, (int)bank.Version);
        Assert.NotEmpty(times);
        Assert.All(times, t => Assert.InRange(t.SumSeconds / t.Timed, 0, 3600));
        Assert.Contains(times, t => t.SumSeconds > 0);
    }
}
