using System.Security.Cryptography;
using CertEngine.Grains;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
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

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        var clock = Clock;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Exams);
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton(clock);
            silo.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.Services.Configure<ExamLibraryOptions>(o =>
            {
                o.BankRoot = Path.Combine(root, "question-banks");
                o.TracksRoot = Path.Combine(root, "tracks");
            });
            silo.Services.Configure<CertificateAuthorityOptions>(o =>
            {
                o.Name = "太行家政职业技能评价中心（测试）";
                o.Category = "S";
                o.BodyCode = "0000";
                o.Province = "14";
                o.Station = "040001";
                o.ProvinceTable = Path.Combine(root, "certificates", "provinces.yaml");
                o.PublicBaseUrl = "https://cert.test";
            });
            silo.Services.AddSingleton<ICertificateKeyRing>(new EphemeralKeyRing());
            silo.Services.AddSingleton<ISeedSource>(new CountingSeedSource());
            silo.Services.AddCertEngineGrainServices();
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
    }

    /// <summary>Advances the fake clock; grain timers due in the span fire on their grains.</summary>
    public async Task AdvanceAsync(TimeSpan span)
    {
        // Advance runs due timer callbacks inline; keep it off the test's own thread and bounded.
        await Task.Run(() => Clock.Advance(span)).WaitAsync(TimeSpan.FromSeconds(30));
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CertEngine.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CertEngine.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class EphemeralKeyRing : ICertificateKeyRing
    {
        public EphemeralKeyRing()
        {
            CurrentKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            PublicKeys = new Dictionary<string, ECDsa> { [CurrentKeyId] = CurrentKey };
        }

        public string CurrentKeyId => "test-key-1";

        public ECDsa CurrentKey { get; }

        public IReadOnlyDictionary<string, ECDsa> PublicKeys { get; }
    }

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
