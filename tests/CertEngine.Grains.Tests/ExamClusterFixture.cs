using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Facts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests;

/// <summary>
/// One in-process silo for a test collection: memory storage and reminders, the shipped banks and track data, a
/// throwaway signing key, and a fake clock that drives grain time (the silo's own background loops stay on real time).
/// </summary>
public sealed class ExamClusterFixture : IAsyncLifetime
{
    /// <summary>The instant the fake clock starts at: 2026-11-23 08:00 Beijing time.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private InProcessTestCluster? _cluster;

    public FakeTimeProvider Clock { get; } = new(Epoch);

    public IClusterClient Client => _cluster!.Client;

    public InProcessTestCluster Cluster => _cluster!;

    /// <summary>The silo's enrolment facts, which a test can make "crash" once between a grain's state and its fact.</summary>
    public CrashingEnrolmentStore Enrolments { get; private set; } = null!;

    /// <summary>The silo's other facts (attempts, results, certificates), which a test can make "crash" the same way.</summary>
    public CrashingFactStore Facts { get; private set; } = null!;

    /// <summary>Results on their way to candidates' grains, which a test can make time out once.</summary>
    public FailingResultDelivery ResultDelivery { get; } = new();

    /// <summary>Reads of candidates' grains, counted.</summary>
    public CandidateReads CandidateReads { get; } = new();

    /// <summary>The silo's record store (a real SQLite file), for reading what the grains recorded.</summary>
    public Storage.StorageSettings Records { get; private set; } = null!;

    /// <summary>A copy of the shipped banks where version 2 of 4-10-01-06 corrects (flips) the key of every 职业道德 判断 item.</summary>
    public string BankRoot { get; } = Directory.CreateTempSubdirectory("certengine-banks-").FullName;

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        PublishCorrectedVersion(Path.Combine(root, "question-banks"), BankRoot);
        var clock = Clock;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            var records = TestSilo.Configure(silo, clock, BankRoot);
            Records = records;
            silo.Services.AddSingleton<ISeedSource>(new CountingSeedSource());
            Enrolments = new CrashingEnrolmentStore(new SqlEnrolmentStore(records));
            silo.Services.Replace(ServiceDescriptor.Singleton<IEnrolmentStore>(Enrolments));
            Facts = new CrashingFactStore(new SqlFactStore(records));
            silo.Services.Replace(ServiceDescriptor.Singleton<IFactStore>(Facts));
            silo.AddIncomingGrainCallFilter(ResultDelivery);
            silo.AddIncomingGrainCallFilter(CandidateReads);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        Directory.Delete(BankRoot, recursive: true);
    }

    /// <summary>The 判断 items whose key version 2 corrects (filled when the fixture publishes version 2).</summary>
    private static readonly HashSet<string> Corrected = [];

    /// <summary>Whether version 2 turns this item's published version 1 key around.</summary>
    public static bool IsCorrected(string itemId)
    {
        lock (Corrected)
        {
            return Corrected.Contains(itemId);
        }
    }

    /// <summary>
    /// Copies the shipped banks and publishes version 2 of 家政服务员: the source as it stands, with every 判断 item that
    /// was a 判断 in version 1 given the opposite of its version 1 key and a version above version 1's. The set is taken
    /// from version 1 rather than assumed, so rewriting the source never leaves a paper without a corrected item.
    /// </summary>
    private static void PublishCorrectedVersion(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        // This world's bank has only version 1 shipped, whatever the repository ships since: its version 2 is the correction.
        foreach (var later in Directory.GetDirectories(Path.Combine(target, "4-10-01-06", "versions")).Where(d => Path.GetFileName(d) != "1"))
        {
            Directory.Delete(later, recursive: true);
        }

        var published = Domain.QuestionBanks.Publishing.BankVersions.LoadPublished(Path.Combine(target, "4-10-01-06", "versions", "1")).Bank
            ?? throw new InvalidOperationException("the shipped version 1 of 4-10-01-06 does not load");
        var judges = published.Items.Where(i => i.Type == Domain.QuestionBanks.ItemType.Judge).ToDictionary(i => i.Id);
        var files = Directory.GetFiles(Path.Combine(target, "common", "items"), "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(target, "4-10-01-06", "items"), "*.yaml"));
        foreach (var file in files)
        {
            File.WriteAllLines(file, TurnKeysAround(File.ReadAllLines(file), judges));
        }

        var outcome = Domain.QuestionBanks.Publishing.BankVersions.Publish(Path.Combine(target, "4-10-01-06"), new DateOnly(2026, 11, 23));
        if (outcome is not Domain.QuestionBanks.Publishing.PublishOutcome.Published)
        {
            throw new InvalidOperationException("publishing the corrected version failed: " + outcome);
        }
    }

    private static string[] TurnKeysAround(string[] lines, Dictionary<string, Domain.QuestionBanks.Item> judges)
    {
        for (var i = 0; i + 2 < lines.Length; i++)
        {
            var id = lines[i].TrimStart().StartsWith("- id:", StringComparison.Ordinal) ? lines[i].Trim()["- id:".Length..].Trim() : null;
            if (id is null || !judges.TryGetValue(id, out var before) || lines[i + 2].Trim() != "type: judge")
            {
                continue;
            }

            var version = int.Parse(lines[i + 1].Trim()["version:".Length..], System.Globalization.CultureInfo.InvariantCulture);
            lines[i + 1] = lines[i + 1][..lines[i + 1].IndexOf("version:", StringComparison.Ordinal)] + "version: " + Math.Max(version, before.Version + 1);
            var key = Array.FindIndex(lines, i, l => l.TrimStart().StartsWith("key:", StringComparison.Ordinal));
            var wasTrue = before.Key[0] == before.Options[0].Label;
            lines[key] = lines[key][..lines[key].IndexOf("key:", StringComparison.Ordinal)] + "key: " + (wasTrue ? "false" : "true");
            lock (Corrected)
            {
                Corrected.Add(id);
            }
        }

        return lines;
    }

    /// <summary>Advances the fake clock; grain timers due in the span fire on their grains.</summary>
    public async Task AdvanceAsync(TimeSpan span)
    {
        // Advance runs due timer callbacks inline; keep it off the test's own thread and bounded.
        await Task.Run(() => Clock.Advance(span)).WaitAsync(TimeSpan.FromSeconds(30));
    }

    public static string RepositoryRoot() => CertEngine.TestSupport.RepositoryPaths.Root;

    private sealed class CountingSeedSource : ISeedSource
    {
        private long _next = 1000;

        public ulong NextSeed() => (ulong)Interlocked.Increment(ref _next);
    }
}

[CollectionDefinition(Name)]
public sealed class ExamClusterCollection : ICollectionFixture<ExamClusterFixture>
{
    public const string Name = "exam cluster";
}
