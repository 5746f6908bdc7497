using CertEngine.Storage.Keys;
using CertEngine.Storage.Tests.Infrastructure;

namespace CertEngine.Storage.Tests.Keys;

/// <summary>The key tables on the real PostgreSQL that ./test.sh starts, plus the cluster-wide first-key lock.</summary>
[RequiresPostgres]
public sealed class PostgresKeyTableTests(PostgresTarget target) : KeyTableContractTests(target), IClassFixture<PostgresTarget>
{
    [StorageFact]
    public async Task RunExclusiveAsync_ManySilosCheckingThenStoring_StoreOneElement()
    {
        var settings = await MigratedDatabaseAsync();

        // What each silo does at start: look for a key, create one if there is none. Without the lock, several
        // callers would see none and each store one.
        await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() =>
        {
            var table = new DataProtectionKeyTable(settings);
            return table.RunExclusiveAsync(async () =>
            {
                if (table.ReadAll().Count == 0)
                {
                    await Task.Yield();
                    table.Store($"key-{i}", $"<key id=\"{i}\" />");
                }
            });
        })));

        Assert.Single(new DataProtectionKeyTable(settings).ReadAll());
    }
}
