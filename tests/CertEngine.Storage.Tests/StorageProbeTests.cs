using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace CertEngine.Storage.Tests;

public sealed class StorageProbeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-probe-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task ProbeAsync_SqliteFile_IsUp()
    {
        var probe = new StorageProbe(new StorageSettings.Embedded(_directory), TimeSpan.FromSeconds(2));

        var result = await probe.ProbeAsync();

        Assert.Same(StorageProbeResult.Up.Instance, result);
    }

    [Fact]
    public async Task ProbeAsync_NothingListeningOnThePostgresPort_IsDownAtOnceWithTheReason()
    {
        var probe = new StorageProbe(new StorageSettings.Postgres($"Host=127.0.0.1;Port={ClosedPort()};Username=certengine;Database=exams"), TimeSpan.FromSeconds(2));
        var watch = Stopwatch.StartNew();

        var result = await probe.ProbeAsync();

        var down = Assert.IsType<StorageProbeResult.Down>(result);
        Assert.StartsWith("Failed to connect to 127.0.0.1:", down.Reason, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"a refused connection took {watch.Elapsed}");
    }

    [Fact]
    public void Constructor_TimeoutUnderOneSecond_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StorageProbe(new StorageSettings.Embedded(_directory), TimeSpan.FromMilliseconds(500)));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
