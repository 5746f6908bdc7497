using CertEngine.Storage.Migrations;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace CertEngine.Storage.Tests.Contract;

/// <summary>
/// What every storage dialect must do, through the real Orleans providers on a real database. Each concrete class
/// runs it against one dialect.
/// </summary>
public abstract class StorageContractTests(StorageTarget target)
{
    private static readonly DateTime FarFuture = new(2099, 1, 1, 8, 30, 0, DateTimeKind.Utc);

    protected StorageTarget Target { get; } = target;

    [StorageFact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryMigrationAndCheckIsCurrent()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();
        var migrator = Migrator(settings);

        var report = await migrator.MigrateAsync();

        Assert.Equal(migrator.Migrations.Select(migration => migration.Name), report.Applied);
        Assert.Equal(migrator.RequiredVersion, report.SchemaVersion);
        Assert.Equal(new SchemaCheck.Current(migrator.RequiredVersion), await migrator.CheckAsync());
    }

    [StorageFact]
    public async Task MigrateAsync_RunTwice_SecondRunAppliesNothing()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();
        await Migrator(settings).MigrateAsync();

        var second = await Migrator(settings).MigrateAsync();

        Assert.Empty(second.Applied);
        Assert.Equal(Migrator(settings).RequiredVersion, second.SchemaVersion);
    }

    [StorageFact]
    public async Task CheckAsync_EmptyDatabase_ReportsEveryMigrationMissing()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();
        var migrator = Migrator(settings);

        var check = await migrator.CheckAsync();

        var outdated = Assert.IsType<SchemaCheck.Outdated>(check);
        Assert.Equal(0, outdated.Version);
        Assert.Equal(migrator.Migrations, outdated.Missing);
        Assert.False(outdated.AllowsStart);
    }

    [StorageFact]
    public async Task CheckAsync_OlderSchema_NamesTheMissingMigration()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();
        var shipped = MigrationCatalog.For(settings.Dialect);
        var next = new StorageMigration(shipped.Count + 1, $"{shipped.Count + 1:D4}_next", "CREATE TABLE certengine_next_probe (id integer);");
        await Migrator(settings, shipped).MigrateAsync();

        var check = await Migrator(settings, [.. shipped, next]).CheckAsync();

        var outdated = Assert.IsType<SchemaCheck.Outdated>(check);
        Assert.Equal(shipped.Count, outdated.Version);
        Assert.Equal([next], outdated.Missing);
        Assert.Equal(next.Name, outdated.MissingNames);
    }

    [StorageFact]
    public async Task CheckAsync_SchemaFromNewerBuild_IsAheadAndAllowsStart()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();
        var shipped = MigrationCatalog.For(settings.Dialect);
        var next = new StorageMigration(shipped.Count + 1, $"{shipped.Count + 1:D4}_next", "CREATE TABLE certengine_next_probe (id integer);");
        await Migrator(settings, [.. shipped, next]).MigrateAsync();

        var check = await Migrator(settings, shipped).CheckAsync();

        var ahead = Assert.IsType<SchemaCheck.Ahead>(check);
        Assert.Equal(next.Version, ahead.Version);
        Assert.Equal([next.Version], ahead.UnknownVersions);
        Assert.True(ahead.AllowsStart);
    }

    [StorageFact]
    public async Task Grain_WriteReadClear_GoesThroughTheDatabase()
    {
        var settings = await MigratedDatabaseAsync();
        var key = Guid.NewGuid();
        await using (var silo = await TestSilo.StartAsync(settings))
        {
            await silo.Grains.GetGrain<IScratchpadGrain>(key).SaveAsync("answer B");
        }

        string? afterRestart;
        string? afterClear;
        await using (var silo = await TestSilo.StartAsync(settings))
        {
            var grain = silo.Grains.GetGrain<IScratchpadGrain>(key);
            afterRestart = await grain.ReadAsync();
            await grain.ClearAsync();
            afterClear = await grain.ReadAsync();
        }

        await using var cleared = await TestSilo.StartAsync(settings);
        var afterClearAndRestart = await cleared.Grains.GetGrain<IScratchpadGrain>(key).ReadAsync();

        Assert.Equal("answer B", afterRestart);
        Assert.Null(afterClear);
        Assert.Null(afterClearAndRestart);
    }

    [StorageFact]
    public async Task GrainState_SurvivesDisposingAndRecreatingTheSilo()
    {
        var settings = await MigratedDatabaseAsync();
        var keys = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        await using (var silo = await TestSilo.StartAsync(settings))
        {
            foreach (var key in keys)
            {
                await silo.Grains.GetGrain<IScratchpadGrain>(key).SaveAsync($"saved {key}");
            }
        }

        await using var restarted = await TestSilo.StartAsync(settings);
        foreach (var key in keys)
        {
            Assert.Equal($"saved {key}", await restarted.Grains.GetGrain<IScratchpadGrain>(key).ReadAsync());
        }
    }

    [StorageFact]
    public async Task WriteStateAsync_StaleETag_IsRefusedAndStoredStateKept()
    {
        var settings = await MigratedDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(settings);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorageNames.Exams);
        var grainId = GrainId.Create("scratchpad", Guid.NewGuid().ToString("N"));
        var current = new GrainState<ScratchpadState>(new ScratchpadState { Text = "first" });
        await storage.WriteStateAsync("scratchpad", grainId, current);
        var stale = new GrainState<ScratchpadState>(new ScratchpadState { Text = "from a stale copy" }) { ETag = current.ETag };
        current.State!.Text = "second";
        await storage.WriteStateAsync("scratchpad", grainId, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("scratchpad", grainId, stale));

        var read = new GrainState<ScratchpadState>();
        await storage.ReadStateAsync("scratchpad", grainId, read);
        Assert.Equal("second", read.State?.Text);
        Assert.Equal(current.ETag, read.ETag);
        Assert.Equal("2", read.ETag);
    }

    [StorageFact]
    public async Task Grain_WriteWithStaleETag_FailsAndTheGrainReloadsTheStoredState()
    {
        var settings = await MigratedDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(settings);
        var grain = silo.Grains.GetGrain<IScratchpadGrain>(Guid.NewGuid());
        await grain.SaveAsync("written by this activation");
        // Another writer (a second activation during a split, an operator's fix) changes the row behind the grain's back.
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorageNames.Exams);
        var other = new GrainState<ScratchpadState>();
        await storage.ReadStateAsync(ScratchpadGrain.StateName, grain.GetGrainId(), other);
        other.State!.Text = "written by another writer";
        await storage.WriteStateAsync(ScratchpadGrain.StateName, grain.GetGrainId(), other);

        var stale = await Record.ExceptionAsync(() => grain.SaveAsync("lost update"));
        var afterConflict = await grain.ReadAsync();

        Assert.IsType<InconsistentStateException>(stale);
        Assert.Equal("written by another writer", afterConflict);
    }

    [StorageFact]
    public async Task WriteStateAsync_NoETagOnExistingRecord_IsRefused()
    {
        var settings = await MigratedDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(settings);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorageNames.Exams);
        var grainId = GrainId.Create("scratchpad", Guid.NewGuid().ToString("N"));
        await storage.WriteStateAsync("scratchpad", grainId, new GrainState<ScratchpadState>(new ScratchpadState { Text = "first" }));
        var secondActivation = new GrainState<ScratchpadState>(new ScratchpadState { Text = "double activation" });

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("scratchpad", grainId, secondActivation));
    }

    [StorageFact]
    public async Task ClearStateAsync_StaleETag_IsRefused()
    {
        var settings = await MigratedDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(settings);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorageNames.Exams);
        var grainId = GrainId.Create("scratchpad", Guid.NewGuid().ToString("N"));
        var current = new GrainState<ScratchpadState>(new ScratchpadState { Text = "first" });
        await storage.WriteStateAsync("scratchpad", grainId, current);
        var stale = new GrainState<ScratchpadState>(new ScratchpadState()) { ETag = current.ETag, RecordExists = true };
        await storage.WriteStateAsync("scratchpad", grainId, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("scratchpad", grainId, stale));
    }

    [StorageFact]
    public async Task ReminderTable_UpsertReadDelete_KeepsETags()
    {
        var settings = await MigratedDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(settings);
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var grainId = GrainId.Create("scratchpad", Guid.NewGuid().ToString("N"));
        var firstETag = await UpsertAsync(table, Reminder(grainId, "deadline", TimeSpan.FromMinutes(90)));
        var secondETag = await UpsertAsync(table, Reminder(grainId, "deadline", TimeSpan.FromMinutes(120)));
        await table.UpsertRow(Reminder(grainId, "reminder-2", TimeSpan.FromDays(40)));

        var row = await table.ReadRow(grainId, "deadline") ?? throw new Xunit.Sdk.XunitException("Reminder 'deadline' was not read back.");
        var rows = await table.ReadRows(grainId);
        var staleDelete = await table.RemoveRow(grainId, "deadline", firstETag);
        var delete = await table.RemoveRow(grainId, "deadline", secondETag);
        var afterDelete = await table.ReadRows(grainId);

        Assert.NotEqual(firstETag, secondETag);
        Assert.Equal(grainId, row.GrainId);
        Assert.Equal("deadline", row.ReminderName);
        Assert.Equal(FarFuture, row.StartAt);
        Assert.Equal(DateTimeKind.Utc, row.StartAt.Kind);
        Assert.Equal(TimeSpan.FromMinutes(120), row.Period);
        Assert.Equal(secondETag, row.ETag);
        Assert.Equal(["deadline", "reminder-2"], rows.Reminders.Select(reminder => reminder.ReminderName).Order());
        Assert.False(staleDelete);
        Assert.True(delete);
        Assert.Equal(["reminder-2"], afterDelete.Reminders.Select(reminder => reminder.ReminderName));
        Assert.Equal(TimeSpan.FromDays(40), afterDelete.Reminders.Single().Period);
    }

    [StorageFact]
    public async Task ReminderTable_ReadRange_BeginExclusiveEndInclusiveAndWrapping()
    {
        var settings = await MigratedDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(settings);
        var table = silo.Services.GetRequiredService<IReminderTable>();
        // A fixed key keeps the hash, and so the ranges, the same on every run; its hash is far from the int edges.
        var grainId = GrainId.Create("scratchpad", "range-probe");
        await table.UpsertRow(Reminder(grainId, "deadline", TimeSpan.FromMinutes(90)));
        var hash = grainId.GetUniformHashCode();
        Assert.InRange((int)hash, int.MinValue + 10, int.MaxValue - 10);

        var endingAtHash = await table.ReadRows(hash - 1, hash);
        var beginningAtHash = await table.ReadRows(hash, hash + 1);
        var wrappingOverHash = await table.ReadRows(hash - 1, hash - 2);
        var wrappingAroundHash = await table.ReadRows(hash + 1, hash - 1);

        Assert.Contains(endingAtHash.Reminders, reminder => reminder.GrainId == grainId);
        Assert.DoesNotContain(beginningAtHash.Reminders, reminder => reminder.GrainId == grainId);
        Assert.Contains(wrappingOverHash.Reminders, reminder => reminder.GrainId == grainId);
        Assert.DoesNotContain(wrappingAroundHash.Reminders, reminder => reminder.GrainId == grainId);
    }

    protected async Task<StorageSettings> MigratedDatabaseAsync()
    {
        var settings = await Target.CreateEmptyDatabaseAsync();
        await Migrator(settings).MigrateAsync();
        return settings;
    }

    protected static StorageMigrator Migrator(StorageSettings settings) => new(settings, NullLogger<StorageMigrator>.Instance);

    private static StorageMigrator Migrator(StorageSettings settings, IReadOnlyList<StorageMigration> migrations) =>
        new(settings, NullLogger<StorageMigrator>.Instance, migrations);

    private static async Task<string> UpsertAsync(IReminderTable table, ReminderEntry entry) =>
        await table.UpsertRow(entry) ?? throw new Xunit.Sdk.XunitException($"Upsert of {entry.ReminderName} returned no ETag.");

    private static ReminderEntry Reminder(GrainId grainId, string name, TimeSpan period) =>
        new() { GrainId = grainId, ReminderName = name, StartAt = FarFuture, Period = period };
}
