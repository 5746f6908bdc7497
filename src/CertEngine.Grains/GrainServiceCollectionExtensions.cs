using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CertEngine.Grains;

/// <summary>Registers what the grains need besides storage, the clock and the signing keys.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>Adds the exam library, the certificate authority and the default seed source.</summary>
    public static IServiceCollection AddCertEngineGrainServices(this IServiceCollection services)
    {
        services.AddOptions<ExamLibraryOptions>();
        services.AddOptions<CertificateAuthorityOptions>();
        services.TryAddSingleton<ExamLibrary>();
        services.TryAddSingleton<CertificateAuthority>();
        services.TryAddSingleton<ISeedSource, CryptographicSeedSource>();
        return services;
    }
}
