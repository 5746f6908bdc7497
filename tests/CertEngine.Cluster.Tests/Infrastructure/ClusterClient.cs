using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Serialization;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>An Orleans external client of the servers under test: the grain calls a load driver or a tool would make.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host)
    {
        _host = host;
    }

    /// <summary>The grains, through the client's gateways.</summary>
    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects to the one embedded server's gateway.</summary>
    public static Task<ClusterClient> ConnectToGatewayAsync(int gatewayPort) =>
        ConnectAsync(client => client.UseLocalhostClustering(gatewayPort, serviceId: "certengine", clusterId: "certengine"));

    /// <summary>Connects to every live gateway of the cluster recorded in the PostgreSQL membership table.</summary>
    public static Task<ClusterClient> ConnectToClusterAsync(string connectionString) =>
        ConnectAsync(client =>
        {
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = "certengine";
                options.ServiceId = "certengine";
            });
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connectionString;
            });
            // A killed gateway is dropped from the list at the next refresh: keep that short in the tests.
            client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
        });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            _host.Dispose();
        }
    }

    private static async Task<ClusterClient> ConnectAsync(Action<IClientBuilder> configure)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .UseOrleansClient(client =>
            {
                configure(client);
                client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(20));
                client.Services.Configure<ExceptionSerializationOptions>(options => options.SupportedNamespacePrefixes.Add("Npgsql"));
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

        return new ClusterClient(host);
    }
}
