using CertEngine.Storage.Keys;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Keys;

/// <summary>
/// The key tables of migration 0002 (certificate signing keys, Data Protection elements) on a real database of each
/// dialect: what every process sharing one store relies on.
/// </summary>
public abstract class KeyTableContractTests(StorageTarget target)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    protected StorageTarget Target { get; } = target;

    [StorageFact]
    public async Task EnsureAsync_EmptyTable_StoresTheFirstKeyAsGenerated()
    {
        var table = new SigningKeyTable(await MigratedDatabaseAsync());

        var setup = await table.EnsureAsync([], Key("ce-first"));

        Assert.Equal(0, setup.Imported);
        Assert.True(setup.GeneratedFirstKey);
        var stored = Assert.Single(setup.Keys);
        Assert.Equal(("ce-first", "PEM ce-first", SigningKeyOrigin.Generated, Monday), (stored.KeyId, stored.PrivateKeyPem, stored.Origin, stored.CreatedAt));
        Assert.Equal(setup.Keys, await table.ReadAsync());
    }

    [StorageFact]
    public async Task EnsureAsync_ManyProcessesAtOnce_StoreExactlyOneFirstKey()
    {
        var settings = await MigratedDatabaseAsync();

        var setups = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => new SigningKeyTable(settings).EnsureAsync([], Key($"ce-race-{i}"))));

        var stored = Assert.Single(await new SigningKeyTable(settings).ReadAsync());
        Assert.Single(setups, setup => setup.GeneratedFirstKey);
        Assert.All(setups, setup => Assert.Equal([stored], setup.Keys));
    }

    [StorageFact]
    public async Task EnsureAsync_FileKeysOfAnOlderFolder_ImportsThemOnceAndGeneratesNone()
    {
        var table = new SigningKeyTable(await MigratedDatabaseAsync());
        NewSigningKey[] files = [Key("ce-file-1", days: -300), Key("ce-file-2", days: -100)];

        var first = await table.EnsureAsync(files, Key("ce-unused"));
        var again = await table.EnsureAsync(files, Key("ce-unused-too"));

        Assert.Equal((2, false), (first.Imported, first.GeneratedFirstKey));
        Assert.Equal((0, false), (again.Imported, again.GeneratedFirstKey));
        Assert.Equal(["ce-file-1", "ce-file-2"], (await table.ReadAsync()).Select(key => key.KeyId));
        Assert.All(again.Keys, key => Assert.Equal(SigningKeyOrigin.Imported, key.Origin));
        Assert.Equal("ce-file-2", StoredSigningKey.SigningKeyOf(again.Keys)!.KeyId);
    }

    [StorageFact]
    public async Task EnsureAsync_OldFileKeyAfterAGeneratedOne_IsPublishedButDoesNotTakeOverSigning()
    {
        var table = new SigningKeyTable(await MigratedDatabaseAsync());
        await table.EnsureAsync([], Key("ce-generated"));

        var setup = await table.EnsureAsync([Key("ce-old-file", days: -400)], Key("ce-unused"));

        Assert.Equal(["ce-generated", "ce-old-file"], setup.Keys.Select(key => key.KeyId));
        Assert.Equal("ce-generated", StoredSigningKey.SigningKeyOf(setup.Keys)!.KeyId);
    }

    [StorageFact]
    public async Task AddAsync_Rotation_NewKeySignsAndEveryOlderKeyStays()
    {
        var settings = await MigratedDatabaseAsync();
        var table = new SigningKeyTable(settings);
        await table.EnsureAsync([], Key("ce-first"));

        var added = await table.AddAsync(Key("ce-second", days: 30));
        var again = await table.AddAsync(Key("ce-second", days: 31));

        var keys = await table.ReadAsync();
        Assert.Equal((true, false), (added, again));
        Assert.Equal(["ce-first", "ce-second"], keys.Select(key => key.KeyId));
        Assert.Equal("ce-second", StoredSigningKey.SigningKeyOf(keys)!.KeyId);
        Assert.Equal(Monday.AddDays(30), keys[1].CreatedAt);
        Assert.Equal(keys, new SigningKeyTable(settings).Read());
    }

    [StorageFact]
    public async Task DataProtectionKeyTable_StoreThenReadAll_ReturnsEveryElementInOrder()
    {
        var settings = await MigratedDatabaseAsync();
        var writer = new DataProtectionKeyTable(settings);

        writer.Store("key-1", "<key id=\"1\" />");
        writer.Store(null, "<revocation />");
        writer.Store("key-2", "<key id=\"2\">中文</key>");

        Assert.Equal(["<key id=\"1\" />", "<revocation />", "<key id=\"2\">中文</key>"], new DataProtectionKeyTable(settings).ReadAll());
    }

    protected async Task<StorageSettings> MigratedDatabaseAsync()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return settings;
    }

    private static NewSigningKey Key(string keyId, int days = 0) => new(keyId, "PEM " + keyId, Monday.AddDays(days));
}
