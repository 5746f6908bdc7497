using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using CertEngine.Server.Features.Verification;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting.Options;

/// <summary>
/// Start-time checks (<c>ValidateOnStart</c>) of the grains' options, which the grains would otherwise only read, and
/// fail on, at their first activation.
/// </summary>
public static class OptionChecks
{
    /// <summary>Validates the issuer registration, the library folders and the verification tally period when the host starts.</summary>
    public static IServiceCollection AddCertEngineOptionChecks(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CertificateAuthorityOptions>, CertificateAuthorityOptionsValidator>());
        services.AddOptions<ExamLibraryOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<VerificationCounterOptions>()
            .Validate(o => o.FlushSeconds is >= 1 and <= 3600, $"{VerificationCounterOptions.Section}:FlushSeconds 应在 1–3600 之间 (must be 1–3600 seconds)")
            .ValidateOnStart();
        return services;
    }
}
