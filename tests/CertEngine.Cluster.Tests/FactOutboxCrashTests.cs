using CertEngine.Cluster.Tests.Infrastructure;
using CertEngine.Contracts.Attempts;
using Microsoft.Data.Sqlite;

namespace CertEngine.Cluster.Tests;

/// <summary>
/// The embedded server killed with SIGKILL between an attempt's state write and its record-store fact: the attempts are
/// submitted while the record store's attempt table is out of reach, so each submission is saved in grain state with its
/// fact waiting in the outbox; the process is killed; after the restart every fact is stored, once (issue 15, item 2).
/// </summary>
public sealed class FactOutboxCrashTests : IDisposable
{
    private const int Candidates = 6;
    private readonly string _data = Directory.CreateTempSubdirectory("certengine-facts-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Server_KilledBetweenStateAndFact_StoresEveryFactOnceAfterTheRestart()
    {
        var ports = ServerPorts.Free();
        string[] arguments = ["--data", _data, "--banks", Repository.Banks, "--tracks", Repository.Tracks];
        var database = Path.Combine(_data, "certengine.db");
        ExamSitting sitting;
        var scores = new Dictionary<string, decimal>();
        await using (var server = ServerProcess.Start(ports, arguments))
        {
            await server.WaitUntilHealthyAsync();
            await using var client = await ClusterClient.ConnectToGatewayAsync(ports.Gateway);
            sitting = await ExamSitting.StartAsync(client.Grains, "FACTS-LL01", Candidates, minutes: 90, idSeed: 7);
            await sitting.SaveAnswersAsync(client.Grains, firstIndex: 0, count: 5);

            // Someone beside the server takes the table away: the grains' state writes succeed, their facts cannot.
            await ExecuteAsync(database, "ALTER TABLE CertEngineTheoryAttempts RENAME TO CertEngineTheoryAttemptsAway;");
            foreach (var key in sitting.AttemptKeys)
            {
                scores[key] = (await client.Grains.GetGrain<IAttemptGrain>(key).ForceSubmitAsync("监考员-01"))!.Score;
            }

            await server.KillAsync();
        }

        await ExecuteAsync(database, "ALTER TABLE CertEngineTheoryAttemptsAway RENAME TO CertEngineTheoryAttempts;");
        var storedBeforeRestart = await CountAsync(database, "SELECT COUNT(*) FROM CertEngineTheoryAttempts;");

        await using var restarted = ServerProcess.Start(ports, arguments);
        await restarted.WaitUntilHealthyAsync();
        await using var reconnected = await ClusterClient.ConnectToGatewayAsync(ports.Gateway);
        var results = new Dictionary<string, decimal?>();
        foreach (var key in sitting.AttemptKeys)
        {
            // Activation hands the saved outbox over (the outbox reminder would, within a minute, without this call).
            results[key] = (await reconnected.Grains.GetGrain<IAttemptGrain>(key).GetResultAsync())?.Score;
        }

        var attempts = await CountAsync(database, "SELECT COUNT(*) FROM CertEngineTheoryAttempts WHERE Kind = 'submitted';");
        var distinct = await CountAsync(database, "SELECT COUNT(DISTINCT AttemptKey) FROM CertEngineTheoryAttempts;");
        var answered = await CountAsync(database, "SELECT COUNT(*) FROM CertEngineResponses WHERE Answer <> '';");
        var stored = await ScoresAsync(database);

        Assert.Equal(0, storedBeforeRestart);
        Assert.Equal(scores.ToDictionary(s => s.Key, s => (decimal?)s.Value), results);
        Assert.Equal((Candidates, Candidates), (attempts, distinct));
        Assert.Equal(Candidates * 5, answered);
        Assert.Equal(scores.OrderBy(s => s.Key).Select(s => s.Value), stored.OrderBy(s => s.Key).Select(s => s.Value));
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Dictionary<string, decimal>> ScoresAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT AttemptKey, Score FROM CertEngineTheoryAttempts;";
        await using var reader = await command.ExecuteReaderAsync();
        var scores = new Dictionary<string, decimal>();
        while (await reader.ReadAsync())
        {
            scores[reader.GetString(0)] = (decimal)reader.GetDouble(1);
        }

        return scores;
    }

    private static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var wait = connection.CreateCommand();
        wait.CommandText = "PRAGMA busy_timeout = 10000;";
        await wait.ExecuteNonQueryAsync();
        return connection;
    }
}
