using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CertEngine.Server.Tests;

/// <summary>The real host (silo included) starts and answers its health check and home page.</summary>
public sealed class HealthTests : IClassFixture<HealthTests.Host>
{
    private readonly Host _host;

    public HealthTests(Host host) => _host = host;

    [Fact]
    public async Task Healthz_RunningServer_Answers200()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Home_ListsTheShippedBankInChinese()
    {
        using var client = _host.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("家政服务员", html);
        Assert.Contains("4-10-01-06", html);
    }

    /// <summary>The server on free ports for its silo, serving the repository's banks.</summary>
    public sealed class Host : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            // A data folder of its own: the default one under bin/ outlives the run and would carry one run's schema into the next.
            builder.UseSetting("CertEngine:DataDirectory", Path.Combine(Path.GetTempPath(), "certengine-health-" + Guid.NewGuid().ToString("N")[..8]));
            builder.UseSetting("CertEngine:BankRoot", Path.Combine(Cli.BankCommandsTests.RepositoryRoot(), "question-banks"));
            builder.UseSetting("CertEngine:CertificatesRoot", Path.Combine(Cli.BankCommandsTests.RepositoryRoot(), "certificates"));
            // The start's port check reads the web address (the test server listens nowhere): a free one, not 5080.
            builder.UseSetting("urls", "http://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("CertEngine:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("CertEngine:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
