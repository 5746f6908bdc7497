using System.Net;
using System.Net.Sockets;
using CertEngine.Server.Cli;
using CertEngine.Server.Hosting;
using CertEngine.Server.Hosting.DataFolder;
using Microsoft.Extensions.Configuration;

namespace CertEngine.Server.Tests.Cli;

/// <summary>What a newcomer meets before the server runs: help that starts nothing, and taken ports said plainly.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("help")]
    public async Task Help_WithoutAVerb_PrintsServerOptionsAndVerbs_AndExitsZero(string help)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.True(CertEngineCommandLine.IsHelp(["--data", "somewhere", help]), $"{help} is help");
        var code = await CertEngineCommandLine.HelpAsync(output, error, TimeProvider.System);

        Assert.Equal(0, code);
        Assert.Contains("--silo-port", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("bank", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
        Assert.False(CertEngineCommandLine.IsHelp(["--data", "somewhere"]));
        Assert.False(CertEngineCommandLine.IsHelp(["bank", "validate", "--help"]));
    }

    [Fact]
    public void Busy_WebPortTaken_SaysWhichPortInChineseFirst()
    {
        using var first = new TcpListener(IPAddress.Loopback, 0);
        first.Start();
        var port = ((IPEndPoint)first.LocalEndpoint).Port;

        var message = StartupPorts.Busy(Configuration(($"urls", $"http://127.0.0.1:{port}"), ("CertEngine:SiloPort", "0"), ("CertEngine:GatewayPort", "0")));

        Assert.NotNull(message);
        Assert.StartsWith($"无法启动：端口 {port}（网页）已被占用", message, StringComparison.Ordinal);
        Assert.Contains($"Cannot start: port {port} (web) is already in use", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Busy_SiloPortTakenOnLoopback_IsFound()
    {
        using var first = new TcpListener(IPAddress.Loopback, 0);
        first.Start();
        var port = ((IPEndPoint)first.LocalEndpoint).Port;

        var message = StartupPorts.Busy(Configuration(("urls", "http://127.0.0.1:0"), ("CertEngine:SiloPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("CertEngine:GatewayPort", "0")));

        Assert.StartsWith($"无法启动：端口 {port}（集群）已被占用", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Busy_AllFree_IsNull() =>
        Assert.Null(StartupPorts.Busy(Configuration(("urls", "http://127.0.0.1:0;http://localhost:0"), ("CertEngine:SiloPort", "0"), ("CertEngine:GatewayPort", "0"))));

    [Fact]
    public void DataFolderInUse_HeldByAnotherProcess_SaysSo_AndFreeAfterwards()
    {
        var folder = Directory.CreateTempSubdirectory("certengine-held-").FullName;
        try
        {
            var settings = Configuration(("CertEngine:DataDirectory", folder));
            string? held;
            using (DataFolderLock.TryAcquire(folder))
            {
                held = StartupPorts.DataFolderInUse(settings);
            }

            Assert.StartsWith($"无法启动：数据目录 {folder} 正被另一个 CertEngine 进程", held, StringComparison.Ordinal);
            Assert.Null(StartupPorts.DataFolderInUse(settings));
            Assert.True(ExampleStation.IsNew(folder), "the probe's lock file alone does not make a folder old");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ExampleStation_NewDataFolder_IsDrawnOnceAndKept()
    {
        var folder = Path.Combine(Path.GetTempPath(), "certengine-station-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Assert.True(ExampleStation.IsNew(folder));

            var drawn = ExampleStation.For(folder, isNew: true, configured: "040001");

            Assert.Matches("^[1-9][0-9]{5}$", drawn);
            Assert.Equal(drawn, ExampleStation.For(folder, isNew: false, configured: "040001"));
            Assert.Equal(drawn, File.ReadAllText(Path.Combine(folder, ExampleStation.FileName)).Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ExampleStation_FolderOfAnOlderRelease_KeepsTheConfiguredStationSoItsCertificatesStillVerify()
    {
        var folder = Directory.CreateTempSubdirectory("certengine-station-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "certengine.db"), "");

            Assert.False(ExampleStation.IsNew(folder));
            Assert.Equal("040001", ExampleStation.For(folder, ExampleStation.IsNew(folder), "040001"));
            Assert.Equal("040001", ExampleStation.For(folder, isNew: true, configured: "123456"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
