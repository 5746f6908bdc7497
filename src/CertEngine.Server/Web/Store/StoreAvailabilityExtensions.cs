using CertEngine.Server.Hosting;
using CertEngine.Server.Hosting.Options;
using CertEngine.Storage;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Store;

/// <summary>Registers the store-availability monitor, its health check, the 503 exception handler and the outage gate.</summary>
public static class StoreAvailabilityExtensions
{
    /// <summary>
    /// Watches the store the silo uses (same settings as <see cref="CertEngineSilo.AddCertEngineGrains"/>): requests
    /// that fail on it, or arrive while it is down, answer 503 fast; <c>/healthz</c> reports it; the server recovers by
    /// itself when it returns.
    /// </summary>
    public static WebApplicationBuilder AddCertEngineStoreAvailability(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CertEngineOptions.Section).Get<CertEngineOptions>() ?? new CertEngineOptions();
        var settings = CertEngineSilo.StorageSettingsFor(options, builder.Configuration);
        builder.Services.AddOptions<StoreAvailabilityOptions>()
            .BindConfiguration(StoreAvailabilityOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(services => new StorageProbe(settings, services.GetRequiredService<IOptions<StoreAvailabilityOptions>>().Value.ProbeTimeout));
        builder.Services.AddSingleton<StoreAvailability>();
        builder.Services.AddSingleton<StoreUnavailableResponse>();
        builder.Services.AddSingleton<StoreAvailabilityMonitor>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StoreAvailabilityMonitor>());
        builder.Services.AddExceptionHandler<StoreUnavailableExceptionHandler>();
        builder.Services.AddTransient<IStartupFilter, StoreOutageGate>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");

        // The health-check service logs an error for every unhealthy /healthz call, i.e. every few seconds from a load
        // balancer during an outage; the monitor already logs the outage once, when it starts and when it ends.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Critical);
        return builder;
    }
}
