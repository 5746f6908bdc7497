using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CertEngine.Server.Cli;
using CertEngine.Server.Tests.Cli;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CertEngine.Server.Tests.Certificates;

/// <summary>
/// One demo run (a real exam day issuing real certificates) shared by the certificate tests, and servers on copies of
/// its data folder, one per name, started on first use.
/// </summary>
public sealed class CertificateWorld : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("certengine-certs-").FullName;
    private readonly ConcurrentDictionary<string, CertificateServer> _servers = new();

    /// <summary>The demo's data folder (never served directly: servers get copies).</summary>
    public string DemoData => Path.Combine(_root, "demo-data");

    /// <summary>The issued certificates as the demo printed them.</summary>
    public IReadOnlyList<(string Number, string Url)> Issued { get; private set; } = [];

    /// <summary>The demo's practical sitting, CZ-{Beijing date}-JN01.</summary>
    public string PracticalSession { get; private set; } = "";

    public static string Repository => BankCommandsTests.RepositoryRoot();

    public async Task InitializeAsync()
    {
        PracticalSession = $"CZ-{Domain.ChinaTime.Today(TimeProvider.System):yyyyMMdd}-JN01";
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CertEngineCommandLine.RunAsync(
            ["demo", "--data", DemoData, "--out", Path.Combine(_root, "demo-out"), "--banks", Path.Combine(Repository, "question-banks"),
             "--tracks", Path.Combine(Repository, "tracks"), "--certificates", Path.Combine(Repository, "certificates"), "--candidates", "16"],
            output, error, TimeProvider.System);
        Assert.True(code == 0, "demo failed: " + error);
        Issued = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("certificate ", StringComparison.Ordinal)).Select(l => l.Split(' ')).Select(p => (p[1], p[2])).ToList();
        Assert.True(Issued.Count >= 4, $"the demo issued {Issued.Count} certificates; the tests need 4");
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>A fresh copy of the demo's data folder.</summary>
    public string CopyData(string name)
    {
        var target = Path.Combine(_root, "copy-" + name);
        foreach (var file in Directory.GetFiles(DemoData, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(DemoData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    /// <summary>The server called <paramref name="name"/>, on its own copy of the data unless <paramref name="data"/> is given.</summary>
    public CertificateServer Server(string name, string? data = null, IReadOnlyDictionary<string, string>? settings = null) =>
        _servers.GetOrAdd(name, n => new CertificateServer(data ?? CopyData(n), settings ?? new Dictionary<string, string>()));

    /// <summary>Stops and forgets a server, so its data folder can be reused.</summary>
    public async Task StopAsync(string name)
    {
        if (_servers.TryRemove(name, out var server))
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>The path and query of a verify URL (the demo's URLs name the default public address).</summary>
    public static string PathOf(string url) => new Uri(url).PathAndQuery;

    /// <summary>The token of a verify URL.</summary>
    public static string TokenOf(string url) => Uri.UnescapeDataString(new Uri(url).Query["?t=".Length..]);

    /// <summary>The real server on a data folder, with the repository's banks, tracks and certificate data.</summary>
    public sealed class CertificateServer(string data, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        public string Data => data;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("CertEngine:DataDirectory", data);
            builder.UseSetting("CertEngine:BankRoot", Path.Combine(Repository, "question-banks"));
            builder.UseSetting("CertEngine:TracksRoot", Path.Combine(Repository, "tracks"));
            builder.UseSetting("CertEngine:CertificatesRoot", Path.Combine(Repository, "certificates"));
            // The start's port check reads the web address (the test server listens nowhere): a free one, not 5080.
            builder.UseSetting("urls", "http://127.0.0.1:" + FreePort().ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("CertEngine:SiloPort", FreePort().ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("CertEngine:GatewayPort", FreePort().ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("CertEngine:Verification:PermitLimit", "100000");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
