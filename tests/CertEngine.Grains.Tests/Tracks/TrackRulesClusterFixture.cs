using CertEngine.Contracts.Banks;
using Microsoft.Extensions.Time.Testing;

namespace CertEngine.Grains.Tests.Tracks;

/// <summary>
/// One in-process silo of its own for track rules: rules published here change what every track of the code opens with,
/// so they must not reach the other collections' tracks. A fresh copy of the shipped banks (version 1 of each), the
/// shipped tracks folder as rules version 0, memory storage and a fake clock.
/// </summary>
public sealed class TrackRulesClusterFixture : IAsyncLifetime
{
    private CopiedBanksSilo? _silo;

    public FakeTimeProvider Clock => _silo!.Clock;

    public IClusterClient Client => _silo!.Client;

    /// <summary>The shipped 家政服务员 tracks file (rules version 0).</summary>
    public string ShippedHousehold { get; } = File.ReadAllText(Path.Combine(ExamClusterFixture.RepositoryRoot(), "tracks", "4-10-01-06.yaml"));

    /// <summary>The shipped 母婴护理 专项 tracks file (rules version 0).</summary>
    public string ShippedSpecialty { get; } = File.ReadAllText(Path.Combine(ExamClusterFixture.RepositoryRoot(), "tracks", "ZX-MYHL.yaml"));

    public async Task InitializeAsync() => _silo = await CopiedBanksSilo.StartAsync("certengine-rules-");

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    /// <summary>Advances the fake clock; grain timers due in the span fire on their grains.</summary>
    public Task AdvanceAsync(TimeSpan span) => _silo!.AdvanceAsync(span);

    /// <summary>The source files of a shipped bank, by their path inside its folder, as an upload sends them.</summary>
    public List<BankSourceFile> SourceOf(string code) => _silo!.SourceOf(code);

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
