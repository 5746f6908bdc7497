using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>One real Orleans silo on loopback, configured only by <see cref="StorageSiloBuilderExtensions.AddCertEngineStorage"/>.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private TestSilo(IHost host)
    {
        _host = host;
    }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<TestSilo> StartAsync(StorageSettings settings, string serviceId = "certengine-tests")
    {
        var siloPort = FreePort();
        var gatewayPort = FreePort();
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = "certengine-tests";
                    options.ServiceId = serviceId;
                });
                if (settings is StorageSettings.Embedded)
                {
                    silo.UseLocalhostClustering(siloPort, gatewayPort);
                }
                else
                {
                    silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort);
                }

                silo.AddCertEngineStorage(settings);
            })
            .Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TestSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
