using CertEngine.Server.Hosting;
using CertEngine.Server.Tests.Api;
using CertEngine.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit.Abstractions;

namespace CertEngine.Server.Tests.ExamDay;

/// <summary>
/// The exam-day driver's short mode (issue 18) against the PostgreSQL server: the same day and the same checks as
/// <see cref="ExamDayShortRunTests"/>, with grain state, reminders, membership and the record store in a fresh database on
/// the test server (CERTENGINE_TEST_POSTGRES), migrated as an operator would before the first start, dropped afterwards.
/// </summary>
public sealed class ExamDayShortRunPostgresTests(ExamDayShortRunPostgresTests.Host host, ITestOutputHelper output) : IClassFixture<ExamDayShortRunPostgresTests.Host>
{
    [PostgresFact]
    public async Task ShortDay_Postgres_EveryAcknowledgedAnswerReadsBack_AndEveryCertificateVerifies()
    {
        await host.CreateDatabaseAsync();

        await ExamDayShortRunTests.RunAndCheckAsync(host, output);

        // The day was kept in this database, not in a SQLite file beside it.
        Assert.True(await host.CountAsync("orleansstorage") > 0, "no grain state in the PostgreSQL database");
        Assert.True(await host.CountAsync("certenginecertificates") > 0, "no certificate facts in the PostgreSQL database");
    }

    /// <summary>The run's own server on its own PostgreSQL database; the first-start setup left to the driver.</summary>
    public sealed class Host : ApiHost, IAsyncLifetime
    {
        private string? _server;
        private string? _database;

        /// <summary>Creates and migrates the database (before the server starts: a silo refuses an unmigrated schema).</summary>
        public async Task CreateDatabaseAsync()
        {
            _server = PostgresFactAttribute.RequireServer();
            var name = "certengine_examday_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(_server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
                await create.ExecuteNonQueryAsync();
            }

            _database = new NpgsqlConnectionStringBuilder(_server) { Database = name }.ConnectionString;
            await new StorageMigrator(new StorageSettings.Postgres(_database), NullLogger<StorageMigrator>.Instance).MigrateAsync();
        }

        /// <summary>The rows of a table of the run's database.</summary>
        public async Task<long> CountAsync(string table)
        {
            await using var connection = new NpgsqlConnection(_database);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table};", connection);
            return (long)(await count.ExecuteScalarAsync())!;
        }

        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:" + CertEngineSilo.PostgresConnection,
                _database ?? throw new InvalidOperationException("CreateDatabaseAsync first: the server starts on its own database."));
        }

        Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

        // The server first (the silo leaves the membership table), then the database.
        async Task IAsyncLifetime.DisposeAsync()
        {
            await DisposeAsync();
            if (_database is null)
            {
                return;
            }

            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(_database).Database} WITH (FORCE);", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
