using CertEngine.Storage.Migrations;
using CertEngine.Storage.Records.Candidates;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>Candidates' photos (migration 0008) on a real database of each dialect: one current photo per ID number, replaced, removed, tagged.</summary>
public abstract class CandidatePhotoStoreContractTests(StorageTarget target)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Save_ThenReplace_KeepsOnlyTheNewest_AndSaysWhatItReplaced()
    {
        var store = await StoreAsync();
        var first = Photo("0011", 1, "li.manager", 0);
        var second = Photo("0011", 2, "wang.manager", 1);

        var replacedByFirst = await store.SaveAsync(first);
        var replacedBySecond = await store.SaveAsync(second);
        var stored = await store.GetAsync(Id("0011"));

        Assert.Null(replacedByFirst);
        Assert.Equal(first.Sha256, replacedBySecond);
        Assert.NotNull(stored);
        Assert.Equal(second.Jpeg, stored.Jpeg);
        Assert.Equal((second.Sha256, 295, 413, "wang.manager", Monday.AddMinutes(1)), (stored.Sha256, stored.Width, stored.Height, stored.Actor, stored.At));
        Assert.Null(await store.GetAsync(Id("0022")));
    }

    [StorageFact]
    public async Task Remove_TakesThePhotoAway_OnlyOnce()
    {
        var store = await StoreAsync();
        var photo = Photo("0033", 3, "li.manager", 0);
        await store.SaveAsync(photo);

        var removed = await store.RemoveAsync(Id("0033"));
        var again = await store.RemoveAsync(Id("0033"));

        Assert.Equal(photo.Sha256, removed);
        Assert.Null(again);
        Assert.Null(await store.GetAsync(Id("0033")));
    }

    [StorageFact]
    public async Task Tags_NameWhoHasAPhoto_AcrossMoreNumbersThanOneStatementHolds()
    {
        var store = await StoreAsync();
        await store.SaveAsync(Photo("0044", 4, "li.manager", 0));
        await store.SaveAsync(Photo("0055", 5, "li.manager", 0));
        var asked = Enumerable.Range(0, 1_200).Select(i => Id(i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))).Append(Id("0055")).ToList();

        var tags = await store.TagsAsync(asked);

        Assert.Equal([(Id("0044"), Sha(4)), (Id("0055"), Sha(5))], tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)));
        Assert.Empty(await store.TagsAsync([]));
    }

    [StorageFact]
    public async Task Save_AnEmptyOrOversizedJpeg_IsABug()
    {
        var store = await StoreAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SaveAsync(Photo("0066", 6, "x", 0) with { Jpeg = [] }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SaveAsync(Photo("0066", 6, "x", 0) with { Jpeg = new byte[CandidatePhoto.MaxBytes + 1] }));
        Assert.Null(await store.GetAsync(Id("0066")));
    }

    [StorageFact]
    public async Task Migration0008_AddsThePhotoTable_ToADatabaseAtVersion7()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        var shipped = MigrationCatalog.For(settings.Dialect);
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance, shipped.Take(7).ToList()).MigrateAsync();

        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        var store = new SqlCandidatePhotoStore(settings);
        await store.SaveAsync(Photo("0077", 7, "li.manager", 0));

        Assert.Equal("0008_candidate_photos", shipped[7].Name);
        Assert.Equal(Sha(7), (await store.GetAsync(Id("0077")))?.Sha256);
    }

    private static string Id(string tail) => "14040219800101" + tail;

    private static string Sha(int n) => new((char)('a' + n), 64);

    private static CandidatePhoto Photo(string tail, int n, string actor, int minutes) =>
        new(Id(tail), Enumerable.Range(0, 2_000 + n).Select(i => (byte)(i * n)).ToArray(), Sha(n), 295, 413, actor, Monday.AddMinutes(minutes));

    private async Task<SqlCandidatePhotoStore> StoreAsync()
    {
        var settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return new SqlCandidatePhotoStore(settings);
    }
}

/// <summary>Candidates' photos on a real SQLite file.</summary>
public sealed class SqliteCandidatePhotoStoreTests(SqliteTarget target) : CandidatePhotoStoreContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>Candidates' photos on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresCandidatePhotoStoreTests(PostgresTarget target) : CandidatePhotoStoreContractTests(target), IClassFixture<PostgresTarget>;
