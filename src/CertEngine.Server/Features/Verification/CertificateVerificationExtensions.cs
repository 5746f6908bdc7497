using CertEngine.Documents;
using CertEngine.Server.Hosting.DataFolder;
using CertEngine.Server.Hosting.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Verification;

/// <summary>Registers and maps the certificate area: templates, public verification, JWKS, credential export, rate limit.</summary>
public static class CertificateVerificationExtensions
{
    /// <summary>
    /// The renderer (templates checked at start: a broken template stops the server with file, line and column), the
    /// verifier, the credential issuer, the verification rate limit and the tally's flush interval.
    /// </summary>
    public static IServiceCollection AddCertificateVerification(this IServiceCollection services)
    {
        services.AddOptions<CertificateTemplateOptions>().BindConfiguration(CertificateTemplateOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CertificateTemplateOptions>, CertificateTemplatesValidator>());
        services.AddSingleton(sp => CertificateRenderer.Load(CertificateTemplateOptions.Resolve(sp.GetRequiredService<IOptions<CertificateTemplateOptions>>().Value.TemplatesRoot)) switch
        {
            TemplateLoad.Loaded loaded => loaded.Renderer,
            TemplateLoad.Failed failed => throw new InvalidOperationException(string.Join(Environment.NewLine, failed.Problems)),
            _ => throw new InvalidOperationException("unknown template load outcome"),
        });
        services.AddOptions<VerificationOptions>().BindConfiguration(VerificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<VerificationCounterOptions>().BindConfiguration(VerificationCounterOptions.Section);
        services.AddSingleton<VerificationMetrics>();
        services.AddSingleton<JsonWebKeySetCache>();

        // Registered after the silo (AddCertEngine calls UseOrleans first), so it stops before the silo and its last
        // hand-over still reaches the tally.
        services.AddSingleton<VerificationCounts>();
        services.AddHostedService(sp => sp.GetRequiredService<VerificationCounts>());
        services.AddSingleton<CertificateVerifier>();
        services.AddSingleton<CertificateCredential>();
        services.AddRateLimiter(o => o.AddPolicy<string, VerificationRateLimitPolicy>(VerificationRateLimitPolicy.Name));

        // Put first of all hosted services (they start in order), so a server that finds the folder taken stops before
        // its silo opens the SQLite file.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DataFolderGuard>());
        return services;
    }

    /// <summary>Maps the endpoints (the pages are Razor Pages beside them in <c>Features/Verification</c>; the host turns the rate limiter on).</summary>
    public static WebApplication MapCertificateVerification(this WebApplication app)
    {
        app.MapVerificationEndpoints();
        return app;
    }
}
