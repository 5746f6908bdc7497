using CertEngine.Server.Features.Analytics;
using CertEngine.Server.Features.Banks;
using CertEngine.Server.Features.Candidates;
using CertEngine.Server.Features.Certificates;
using CertEngine.Server.Features.Eligibility;
using CertEngine.Server.Features.Publicity;
using CertEngine.Server.Features.Raters;
using CertEngine.Server.Features.Signals;
using CertEngine.Server.Features.Exports;
using CertEngine.Server.Features.Programme;
using CertEngine.Server.Features.Staff;
using CertEngine.Server.Features.Supervision;
using CertEngine.Server.Features.Tracks;

namespace CertEngine.Server.Features;

/// <summary>The services the administration pages and their API share (考务管理).</summary>
public static class AdministrationServices
{
    /// <summary>Adds the candidate import, the certificate search, the bank and rules workshops and password changes.</summary>
    public static IServiceCollection AddCertEngineAdministration(this IServiceCollection services)
    {
        services.AddSingleton<CandidateImport>();
        services.AddSingleton<CandidateDirectoryQueries>();
        services.AddSingleton<CandidatePhotoImages>();
        services.AddSingleton<CandidatePhotos>();
        services.AddSingleton<CandidatePhotoBatch>();
        services.AddSingleton<CandidateEvidence>();
        services.AddSingleton<ReviewDesk>();
        services.AddCertificateServices();
        services.AddExportServices();
        services.AddSingleton<TrackDefinitions>();
        services.AddSingleton<RaterAnalysis>();
        services.AddSingleton<BankWorkshop>();
        services.AddMemoryCache();
        services.AddSingleton<ItemAnalyst>();
        services.AddSingleton<TrackRulesWorkshop>();
        services.AddSingleton<StaffPasswords>();
        services.AddPublicity();
        services.AddProgrammeServices();
        services.AddSupervision();
        services.AddSingleton<Batches.BatchDesk>();
        services.AddSingleton<Sessions.SittingTicketDocuments>();
        services.AddSingleton<AnalyticsSettingsSource>();
        services.AddSingleton<SittingSignalReader>();
        return services;
    }
}
