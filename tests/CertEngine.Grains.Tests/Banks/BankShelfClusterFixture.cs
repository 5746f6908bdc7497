using System.Security.Cryptography;
using CertEngine.Contracts.Banks;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests.Banks;

/// <summary>
/// One in-process silo over a fresh copy of the shipped banks (each bank has only its shipped version 1 on disk), so the
/// first version published from the web is 2. Memory storage; a fake clock for grain time.
/// </summary>
public sealed class BankShelfClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public FakeTimeProvider Clock { get; } = new(ExamClusterFixture.Epoch);

    public IClusterClient Client => _cluster!.Client;

    /// <summary>The copy of the shipped banks root the silo reads.</summary>
    public string BankRoot { get; } = Directory.CreateTempSubdirectory("certengine-shelf-").FullName;

    public async Task InitializeAsync()
    {
        var root = ExamClusterFixture.RepositoryRoot();
        var shipped = Path.Combine(root, "question-banks");
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

    /// <summary>The source files of a shipped bank, by their path inside its folder, as an upload sends them.</summary>
    public List<BankSourceFile> SourceOf(string code)
    {
        var folder = Path.Combine(BankRoot, code);
        return BankLoader.ReadTree(folder).Select(f => new BankSourceFile(Path.GetRelativePath(folder, f.Path).Replace('\\', '/'), f.Text)).ToList();
    }
}

[CollectionDefinition(Name)]
public sealed class BankShelfCollection : ICollectionFixture<BankShelfClusterFixture>
{
    public const string Name = "bank shelf cluster";
}
