using CertEngine.Server.Cli;

namespace CertEngine.Server.Tests.Cli;

public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-migrate-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Migrate_TwiceOnAnEmptyStore_AppliesOnceThenChangesNothing()
    {
        var first = new StringWriter();
        var second = new StringWriter();

        var firstCode = await CertEngineCommandLine.RunAsync(["migrate", "--data", _directory], first, first, TimeProvider.System);
        var secondCode = await CertEngineCommandLine.RunAsync(["migrate", "--data", _directory], second, second, TimeProvider.System);

        Assert.Equal(0, firstCode);
        Assert.Contains("applied 0001", first.ToString());
        Assert.Equal(0, secondCode);
        Assert.Contains("nothing to apply", second.ToString());
    }

    [Fact]
    public async Task Migrate_WithoutATarget_IsAUsageError()
    {
        var output = new StringWriter();

        var code = await CertEngineCommandLine.RunAsync(["migrate"], output, output, TimeProvider.System);

        Assert.Equal(2, code);
        Assert.Contains("--postgres", output.ToString());
    }
}
