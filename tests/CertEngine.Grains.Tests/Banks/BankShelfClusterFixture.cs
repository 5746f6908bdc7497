using CertEngine.Contracts.Banks;
using Microsoft.Extensions.Time.Testing;

namespace CertEngine.Grains.Tests.Banks;

/// <summary>
/// One in-process silo over a fresh copy of the shipped banks (each bank has only its shipped version 1 on disk), so the
/// first version published from the web is 2. Memory storage; a fake clock for grain time.
/// </summary>
public sealed class BankShelfClusterFixture : IAsyncLifetime
{
    private CopiedBanksSilo? _silo;

    public FakeTimeProvider Clock => _silo!.Clock;

    public IClusterClient Client => _silo!.Client;

    /// <summary>The copy of the shipped banks root the silo reads.</summary>
    public string BankRoot => _silo!.BankRoot;

    public async Task InitializeAsync() => _silo = await CopiedBanksSilo.StartAsync("certengine-shelf-");

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
}

[CollectionDefinition(Name)]
public sealed class BankShelfCollection : ICollectionFixture<BankShelfClusterFixture>
{
    public const string Name = "bank shelf cluster";
}
