using CertEngine.Grains.Telemetry;
using CertEngine.Server.Features.Verification;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Security;
using OpenTelemetry.Metrics;
using Orleans.Dashboard;

namespace CertEngine.Server.Web.Metrics;

/// <summary>
/// Live metrics for the people running an exam day (docs/operations.md "Watching an exam day"): the <c>CertEngine</c>
/// meters, ASP.NET Core's request metrics (<c>http.server.request.duration</c> …), the runtime's (CPU, memory, GC) and
/// Orleans' (<c>Microsoft.Orleans</c>: activations, messages, storage) in Prometheus' text format at <c>/metrics</c>, for
/// loopback callers and signed-in Admins (<see cref="MetricsGate"/>); and the Orleans Dashboard at
/// <see cref="DashboardPath"/> for Admins.
/// </summary>
public static class MetricsSetup
{
    /// <summary>Where Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Where the Orleans Dashboard is served (Admins only).</summary>
    public const string DashboardPath = "/admin/orleans";

    /// <summary>How often the Orleans Dashboard samples its figures.</summary>
    public const int DashboardSampleSeconds = 10;

    /// <summary>Orleans' own meter.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Adds the meters, the exporter and the Orleans Dashboard's silo services.</summary>
    public static WebApplicationBuilder AddCertEngineMetrics(this WebApplicationBuilder builder, ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(silo);
        CertEngineMeter.CreateInstruments();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(CertEngineMeter.Name, VerificationMetrics.MeterName, OrleansMeter)
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            // Every scrape reads the figures of that moment: Prometheus scrapes every 15 s or so, and a cached answer
            // would show a save made a moment ago as not yet counted.
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        // The dashboard's live log stream would show the server's log to the browser: off. Its pages refresh their
        // figures every DashboardSampleSeconds, not every second. Its own metric reader still reads every Orleans
        // instrument each second (fixed in Orleans 10.4); one of them counts the grain directory cache by walking it,
        // which is why CertEngineSilo bounds that cache (GrainLocationCacheSize).
        silo.AddDashboard(o => (o.HideTrace, o.CounterUpdateIntervalMs) = (true, DashboardSampleSeconds * 1000));
        return builder;
    }

    /// <summary>Maps <c>/metrics</c> (loopback or Admin) and the Orleans Dashboard (Admin, its own CSP).</summary>
    public static WebApplication MapCertEngineMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.UseMiddleware<MetricsGate>(), optionsName: null);
        app.MapOrleansDashboard(DashboardPath)
            .RequireAuthorization(AccessPolicies.Admin)
            .WithMetadata(new ContentSecurityPolicyAttribute(ContentSecurityPolicies.OrleansDashboard))
            .ExcludeFromDescription();
        return app;
    }
}
