using CertEngine.Grains.Audit;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using CertEngine.Grains.Records;
using CertEngine.Grains.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CertEngine.Grains;

/// <summary>Registers what the grains need besides storage, the clock and the signing keys.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>Adds the exam library, the certificate authority, the default seed source and the silo's local views.</summary>
    public static IServiceCollection AddCertEngineGrainServices(this IServiceCollection services)
    {
        services.AddOptions<ExamLibraryOptions>();
        services.AddOptions<CertificateAuthorityOptions>();
        services.TryAddSingleton<ExamLibrary>();
        services.TryAddSingleton<CertificateAuthority>();
        services.TryAddSingleton<ISeedSource, CryptographicSeedSource>();
        services.TryAddSingleton<CertificateView>();
        services.TryAddSingleton<TicketSeatView>();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section)
            .Validate(o => o.AnchorMinutes is >= 1 and <= 24 * 60 && o.MaxHeadsPerAnchor >= 1, "CertEngine:Audit: AnchorMinutes 1–1440, MaxHeadsPerAnchor ≥ 1");
        services.AddSingleton<SittingTicketBackfill>();
        services.AddSingleton<RecordStoreStartup>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<RecordStoreStartup>());
        return services;
    }
}
