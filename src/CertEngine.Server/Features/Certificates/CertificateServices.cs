using CertEngine.Documents.Printing;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Certificates;

/// <summary>Registers the certificate documents, 发证, search and results services and maps their endpoints.</summary>
public static class CertificateServices
{
    /// <summary>The document options, the print queue (bounded Chromium printing), documents, issuance and search.</summary>
    public static IServiceCollection AddCertificateServices(this IServiceCollection services)
    {
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DocumentOptions>>().Value;
            return new PdfPrintPool(options.Chromium, options.PrintConcurrency, options.PrintQueue);
        });
        services.AddSingleton<CertificateDocuments>();
        services.AddSingleton<CertificateIssuance>();
        services.AddSingleton<CertificateSearch>();
        services.AddSingleton<Results.ResultTables>();
        services.AddSingleton<Results.Transcripts>();
        services.AddSingleton<Results.CandidateRowKeys>();
        return services;
    }

    /// <summary>Maps the staff certificate endpoints: record and lifecycle, search, documents, 发证.</summary>
    public static IEndpointRouteBuilder MapCertificateApis(this IEndpointRouteBuilder app)
    {
        app.MapCertificateAdminApi();
        app.MapCertificateSearchApi();
        app.MapCertificateDocumentApi();
        app.MapCertificateIssuanceApi();
        Results.ResultApi.MapResultApi(app);
        return app;
    }
}
