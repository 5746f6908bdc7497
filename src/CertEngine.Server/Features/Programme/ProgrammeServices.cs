using CertEngine.Server.Features.Subsidies;

namespace CertEngine.Server.Features.Programme;

/// <summary>Registers the programme report and the 培训补贴 list and maps their endpoints.</summary>
public static class ProgrammeServices
{
    /// <summary>The programme data (options, catalogue), the report and the subsidy list.</summary>
    public static IServiceCollection AddProgrammeServices(this IServiceCollection services)
    {
        services.AddOptions<ProgrammeOptions>().BindConfiguration(ProgrammeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ProgrammeCatalogue>();
        services.AddSingleton<ProgrammeReports>();
        services.AddSingleton<SubsidyList>();
        return services;
    }

    /// <summary>Maps the report's and the subsidy list's endpoints.</summary>
    public static IEndpointRouteBuilder MapProgrammeApis(this IEndpointRouteBuilder app)
    {
        app.MapProgrammeApi();
        app.MapSubsidyApi();
        return app;
    }
}
