using CertEngine.Server.Features;
using CertEngine.Server.Features.Banks;
using CertEngine.Server.Features.Verification;
using CertEngine.Server.Hosting.Keys;
using CertEngine.Server.Hosting.Logging;
using CertEngine.Server.Hosting.Memory;
using CertEngine.Server.Hosting.Options;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Cluster;
using CertEngine.Server.Web.Localization;
using CertEngine.Server.Web.Metrics;
using CertEngine.Server.Web.Security;
using CertEngine.Server.Web.Store;
using Microsoft.Extensions.Logging.Console;

namespace CertEngine.Server.Hosting;

/// <summary>How the server is put together: options, the Orleans silo, health checks and endpoints.</summary>
public static class CertEngineHost
{
    /// <summary>The address served when no <c>--urls</c> is given (DESIGN.md contract).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Maps the documented switches (<c>--data</c>, <c>--silo-port</c> …) onto configuration keys.</summary>
    public static string[] NormalizeArguments(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--data"] = $"--{CertEngineOptions.Section}:DataDirectory",
            ["--silo-port"] = $"--{CertEngineOptions.Section}:SiloPort",
            ["--gateway-port"] = $"--{CertEngineOptions.Section}:GatewayPort",
            ["--public-base-url"] = $"--{CertEngineOptions.Section}:PublicBaseUrl",
            ["--banks"] = $"--{CertEngineOptions.Section}:BankRoot",
            ["--tracks"] = $"--{CertEngineOptions.Section}:TracksRoot",
            ["--templates"] = $"--{CertEngineOptions.Section}:TemplatesRoot",
            ["--postgres"] = "--ConnectionStrings:Postgres",
            ["--key-certificate"] = $"--{CertEngineOptions.Section}:KeyCertificate",
        };
        return args.Select(a => map.GetValueOrDefault(a, a)).ToArray();
    }

    /// <summary>Adds CertEngine's services and the Orleans silo to the host.</summary>
    public static WebApplicationBuilder AddCertEngine(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The console log masks resident ID numbers, which Orleans' warnings can carry inside grain ids.
        builder.Logging.AddConsole(o => o.FormatterName = MaskingConsoleFormatter.FormatterName)
            .AddConsoleFormatter<MaskingConsoleFormatter, ConsoleFormatterOptions>();
        builder.Services.AddSingleton<LogFlood>();
        builder.Services.AddHostedService<LogFlood.Reporter>();
        var startup = new StartupLogWindow();
        startup.Apply(builder.Logging);
        builder.Services.AddSingleton(startup);
        builder.Services.AddHostedService(services => new StartupLogWindow.Closer(startup, services.GetRequiredService<IHostApplicationLifetime>()));
        builder.Services.AddOptions<CertEngineOptions>()
            .BindConfiguration(CertEngineOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(CertEngineOptions.Section).Get<CertEngineOptions>() ?? new CertEngineOptions();
        builder.UseOrleans(silo =>
        {
            silo.AddCertEngineGrains(options, builder.Configuration);
            builder.AddCertEngineMetrics(silo);
        });
        builder.AddCertEngineWebSecurity();
        builder.AddCertEngineDataProtection();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<ExampleIssuerAnnouncement>();
        builder.Services.AddHostedService<PublicAddressAnnouncement>();
        builder.Services.AddSingleton<BankCatalogue>();
        builder.Services.AddCertEngineAdministration();
        builder.Services.AddReadableProblems();
        builder.Services.AddHealthChecks();
        builder.Services.AddCertEngineApi();
        builder.Services.AddBilingualPages();
        builder.Services.AddCertificateVerification();
        builder.AddCertEngineStoreAvailability();
        builder.Services.AddQuietCompaction();
        builder.Services.AddExceptionHandler<ClusterUnavailableExceptionHandler>();
        return builder;
    }

    /// <summary>Maps CertEngine's endpoints.</summary>
    public static WebApplication MapCertEngine(this WebApplication app)
    {
        app.UseCertEngineWebSecurity();
        app.UseExceptionHandler();
        app.UseReadableStatusPages();
        app.UseBilingualPages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapHealthChecks("/healthz");
        app.MapCertEngineApi();
        app.MapHomePage();
        app.MapCertificateVerification();
        app.MapCertEngineMetrics();
        return app;
    }
}
