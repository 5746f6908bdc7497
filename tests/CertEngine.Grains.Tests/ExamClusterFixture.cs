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
            silo.Services.AddSingleton<ISeedSource>(new CountingSeedSource());
            Enrolments = new CrashingEnrolmentStore(new SqlEnrolmentStore(records));
            silo.Services.Replace(ServiceDescriptor.Singleton<IEnrolmentStore>(Enrolments));
            Facts = new CrashingFactStore(new SqlFactStore(records));
            silo.Services.Replace(ServiceDescriptor.Singleton<IFactStore>(Facts));
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

    /// <summary>The ids of the items whose key version 2 corrects.</summary>
    public static bool IsCorrected(string itemId) => itemId.StartsWith("eth-", StringComparison.Ordinal);

    private static void PublishCorrectedVersion(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var ethics = Path.Combine(target, "common", "items", "ethics.yaml");
        var lines = File.ReadAllLines(ethics);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "type: judge" && lines[i - 1].Trim() == "version: 1")
            {
                lines[i - 1] = lines[i - 1].Replace("version: 1", "version: 2", StringComparison.Ordinal);
                var key = Array.FindIndex(lines, i, l => l.TrimStart().StartsWith("key:", StringComparison.Ordinal));
                lines[key] = lines[key].Contains("true", StringComparison.Ordinal)
                    ? lines[key].Replace("true", "false", StringComparison.Ordinal)
                    : lines[key].Replace("false", "true", StringComparison.Ordinal);
            }
        }

        File.WriteAllLines(ethics, lines);
        var outcome = Domain.QuestionBanks.Publishing.BankVersions.Publish(Path.Combine(target, "4-10-01-06"), new DateOnly(2026, 11, 23));
        if (outcome is not Domain.QuestionBanks.Publishing.PublishOutcome.Published)
        {
            throw new InvalidOperationException("publishing the corrected version failed: " + outcome);
        }
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
