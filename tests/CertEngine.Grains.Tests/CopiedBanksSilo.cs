using CertEngine.Contracts.Banks;
using CertEngine.Domain.QuestionBanks;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests;

/// <summary>
/// One in-process silo (<see cref="TestSilo"/>) over a fresh temporary copy of the shipped banks, for fixtures whose
/// tests publish bank versions or track rules that must reach no other collection's grains. Each bank has only its
/// shipped version 1 on disk, so the first version published from the web is 2.
/// </summary>
internal sealed class CopiedBanksSilo : IAsyncDisposable
{
    private readonly InProcessTestCluster _cluster;

    private CopiedBanksSilo(InProcessTestCluster cluster, FakeTimeProvider clock, string bankRoot)
    {
        _cluster = cluster;
        Clock = clock;
        BankRoot = bankRoot;
    }

    /// <summary>The fake clock of grain time.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The copy of the shipped banks root the silo reads.</summary>
    public string BankRoot { get; }

    public IClusterClient Client => _cluster.Client;

    /// <summary>Copies the shipped banks into a new temporary folder named after <paramref name="prefix"/> and starts the silo.</summary>
    public static async Task<CopiedBanksSilo> StartAsync(string prefix)
    {
        var bankRoot = Directory.CreateTempSubdirectory(prefix).FullName;
        var shipped = Path.Combine(ExamClusterFixture.RepositoryRoot(), "question-banks");
        foreach (var file in Directory.GetFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(bankRoot, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var clock = new FakeTimeProvider(ExamClusterFixture.Epoch);
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => TestSilo.Configure(silo, clock, bankRoot));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new CopiedBanksSilo(cluster, clock, bankRoot);
    }

    /// <summary>The source files of a shipped bank, by their path inside its folder, as an upload sends them.</summary>
    public List<BankSourceFile> SourceOf(string code)
    {
        var folder = Path.Combine(BankRoot, code);
        return BankLoader.ReadTree(folder).Select(f => new BankSourceFile(Path.GetRelativePath(folder, f.Path).Replace('\\', '/'), f.Text)).ToList();
    }

    /// <summary>Advances the fake clock; grain timers due in the span fire on their grains.</summary>
    public async Task AdvanceAsync(TimeSpan span) => await Task.Run(() => Clock.Advance(span)).WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        Directory.Delete(BankRoot, recursive: true);
    }
}
