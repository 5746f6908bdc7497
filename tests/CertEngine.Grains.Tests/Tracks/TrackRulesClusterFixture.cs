using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests.Tracks;

/// <summary>
/// One in-process silo of its own for track rules: rules published here change what every track of the code opens with,
/// so they must not reach the other collections' tracks. A fresh copy of the shipped banks (version 1 of each), the
/// shipped tracks folder as rules version 0, memory storage and a fake clock.
/// </summary>
public sealed class TrackRulesClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public FakeTimeProvider Clock { get; } = new(ExamClusterFixture.Epoch);

    public IClusterClient Client => _cluster!.Client;

    /// <summary>The shipped 家政服务员 tracks file (rules version 0).</summary>
    public string ShippedHousehold { get; } = File.ReadAllText(Path.Combine(ExamClusterFixture.RepositoryRoot(), "tracks", "4-10-01-06.yaml"));

    /// <summary>The shipped 母婴护理 专项 tracks file (rules version 0).</summary>
    public string ShippedSpecialty { get; } = File.ReadAllText(Path.Combine(ExamClusterFixture.RepositoryRoot(), "tracks", "ZX-MYHL.yaml"));

    private string BankRoot { get; } = Directory.CreateTempSubdirectory("certengine-rules-").FullName;

    public async Task InitializeAsync()
    {
        var shipped = Path.Combine(ExamClusterFixture.RepositoryRoot(), "question-banks");
        foreach (var file in Directory.GetFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(BankRoot, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var clock = Clock;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => TestSilo.Configure(silo, clock, BankRoot));
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

    /// <summary>Advances the fake clock; grain timers due in the span fire on their grains.</summary>
    public async Task AdvanceAsync(TimeSpan span) => await Task.Run(() => Clock.Advance(span)).WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>The shipped 母婴护理 file with its practical part lengthened to these minutes.</summary>
    public string SpecialtyWithPractical(int minutes) =>
        ShippedSpecialty.Replace("  specialty: true\n", $"  specialty: true\ncomponents:\n  practical: {{ minutes: {minutes} }}\n", StringComparison.Ordinal);

    /// <summary>The shipped 家政服务员 file with every level's theory set to these minutes and pass mark.</summary>
    public string HouseholdWithTheory(int minutes, int passMark, string comment = "") =>
        ShippedHousehold.Replace("components:\n  2:\n", $"components:\n  all:\n    theory: {{ minutes: {minutes}, pass-mark: {passMark} }}{comment}\n  2:\n", StringComparison.Ordinal);
}

[CollectionDefinition(Name)]
public sealed class TrackRulesCollection : ICollectionFixture<TrackRulesClusterFixture>
{
    public const string Name = "track rules cluster";
}
