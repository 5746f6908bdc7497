namespace CertEngine.Server.Features.Exports;

/// <summary>Registers the reports to the authority and the credit records, and maps their endpoints.</summary>
public static class ExportServices
{
    /// <summary>The national-field export, the track names it reads and the credit records.</summary>
    public static IServiceCollection AddExportServices(this IServiceCollection services)
    {
        services.AddSingleton<TrackNames>();
        services.AddSingleton<NationalExport>();
        services.AddSingleton<ExportProgress>();
        services.AddSingleton<Credit.CreditRecords>();
        return services;
    }

    /// <summary>Maps the export and credit record endpoints.</summary>
    public static IEndpointRouteBuilder MapExportApis(this IEndpointRouteBuilder app)
    {
        app.MapExportApi();
        Credit.CreditApi.MapCreditApi(app);
        return app;
    }
}
