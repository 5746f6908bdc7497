using CertEngine.Server.Features.Results;
using CertEngine.Server.Hosting;
using CertEngine.Server.Hosting.Keys;
using CertEngine.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CertEngine.Server.Tests.Keys;

/// <summary>
/// The row keys (<see cref="CandidateRowKeys"/>) are salted from the install's Data Protection key ring in the store: two
/// front ends on one store give a candidate the same key, so a page from one posts keys the other finds; so does a
/// front end after a restart, and after the ring has rotated to a new key. Another install keys the same person apart.
/// </summary>
public sealed class RowKeySaltTests
{
    private const string IdNumber = "140402199003074470";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TwoFrontEndsOnOneStore_AgreeOnARowKey_AfterARestartAndARotationToo(string dialect)
    {
        await using var store = await StoreAsync(dialect);
        if (store is null)
        {
            // No PostgreSQL server given: only outside CI may the case pass without it (./test.sh always sets it).
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), PostgresFactAttribute.Variable + " is not set under CI");
            return;
        }

        // Started together on an empty key table, as two front ends behind one balancer are.
        var (first, second) = (FrontEnd(store), FrontEnd(store));
        await Task.WhenAll(StartAsync(first), StartAsync(second));
        var (one, two) = (first.Services.GetRequiredService<CandidateRowKeys>(), second.Services.GetRequiredService<CandidateRowKeys>());
        var key = one.Of(IdNumber);
        var foundOnTheOther = two.Find([key], ["110101199003074477", IdNumber]);

        // The ring moves on to a newer key (as it does every 90 days); then the first front end restarts.
        var now = DateTimeOffset.UtcNow;
        second.Services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
        await first.DisposeAsync();
        var restarted = FrontEnd(store);
        await StartAsync(restarted);
        var afterRestart = restarted.Services.GetRequiredService<CandidateRowKeys>().Of(IdNumber);

        await using var other = await StoreAsync("sqlite");
        var elsewhere = FrontEnd(other!);
        await StartAsync(elsewhere);

        Assert.Equal(CandidateRowKeys.Length, key.Length);
        Assert.Equal(key, two.Of(IdNumber));
        Assert.Equal([IdNumber], foundOnTheOther);
        Assert.Equal(key, afterRestart);
        Assert.Equal(key, two.Of(" " + IdNumber.ToLowerInvariant() + " "));
        Assert.NotEqual(key, elsewhere.Services.GetRequiredService<CandidateRowKeys>().Of(IdNumber));
        Assert.NotEqual(key, one.Of("110101199003074477"));
        await Task.WhenAll(second.DisposeAsync().AsTask(), restarted.DisposeAsync().AsTask(), elsewhere.DisposeAsync().AsTask());
    }

    // A front end as the server builds its Data Protection (keys in the store, the first one made under the store's lock),
    // with the row keys; no silo and no web server, which the row keys do not need.
    private static WebApplication FrontEnd(Store store)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["CertEngine:DataDirectory"] = store.Folder;
        if (store.Postgres is { } postgres)
        {
            builder.Configuration["ConnectionStrings:" + CertEngineSilo.PostgresConnection] = postgres;
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddCertEngineDataProtection();
        builder.Services.AddSingleton<CandidateRowKeys>();
        return builder.Build();
    }

    private static async Task StartAsync(WebApplication app)
    {
        // Data Protection's services only: the web server itself is not started.
        foreach (var service in app.Services.GetServices<IHostedService>().Where(s => s.GetType().Name != "GenericWebHostService"))
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    private static async Task<Store?> StoreAsync(string dialect)
    {
        var folder = Path.Combine(Path.GetTempPath(), "certengine-rowkeys-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (dialect == "sqlite")
        {
            await new StorageMigrator(new StorageSettings.Embedded(folder), NullLogger<StorageMigrator>.Instance).MigrateAsync();
            return new Store(folder, null, null);
        }

        if (Environment.GetEnvironmentVariable("CERTENGINE_TEST_POSTGRES") is not { Length: > 0 } server)
        {
            return null;
        }

        var name = "certengine_rowkeys_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await new StorageMigrator(new StorageSettings.Postgres(database), NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return new Store(folder, database, server);
    }

    private sealed record Store(string Folder, string? Postgres, string? Server) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Postgres is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(Server);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(Postgres).Database} WITH (FORCE);", connection);
                await drop.ExecuteNonQueryAsync();
            }

            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left in the temporary folder.
            }
        }
    }
}
