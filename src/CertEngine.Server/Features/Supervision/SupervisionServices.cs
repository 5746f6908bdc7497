using CertEngine.Server.Hosting.Options;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Supervision;

/// <summary>Registers 督导's checklist (read once, from the tracks folder) and its desk.</summary>
public static class SupervisionServices
{
    /// <summary>The checklist and the desk.</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SupervisionChecklistSource(sp.GetRequiredService<IOptions<CertEngineOptions>>().Value.TracksRoot));
        services.AddSingleton<SupervisionDesk>();
        return services;
    }
}
