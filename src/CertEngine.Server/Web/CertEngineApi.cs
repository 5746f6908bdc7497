using System.Text.Json;
using System.Text.Json.Serialization;
using CertEngine.Server.Features.Analytics;
using CertEngine.Server.Features.Audit;
using CertEngine.Server.Features.Banks;
using CertEngine.Server.Features.Batches;
using CertEngine.Server.Features.Candidates;
using CertEngine.Server.Features.Certificates;
using CertEngine.Server.Features.Eligibility;
using CertEngine.Server.Features.Exam;
using CertEngine.Server.Features.Exports;
using CertEngine.Server.Features.Practical;
using CertEngine.Server.Features.Publicity;
using CertEngine.Server.Features.Raters;
using CertEngine.Server.Features.Programme;
using CertEngine.Server.Features.Sessions;
using CertEngine.Server.Features.Signals;
using CertEngine.Server.Features.Staff;
using CertEngine.Server.Features.Supervision;
using CertEngine.Server.Features.Tracks;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Security;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace CertEngine.Server.Web;

/// <summary>The JSON API as a whole: OpenAPI description at <c>/openapi/v1.json</c>, a browsable reference at <c>/scalar</c>, and every area.</summary>
public static class CertEngineApi
{
    /// <summary>Adds the API's services: OpenAPI, validation, security.</summary>
    public static IServiceCollection AddCertEngineApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        // Enums travel as their names ("theory", "running"), which integrations can read without a table.
        services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddValidation();
        services.AddCertEngineSecurity();
        services.AddSecurityEvents();
        return services;
    }

    /// <summary>Maps every API area and the API's description.</summary>
    public static IEndpointRouteBuilder MapCertEngineApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        // The reference page loads its script from the server itself and no web fonts: nothing from the internet.
        app.MapScalarApiReference(options => options.WithTitle("CertEngine API").DisableDefaultFonts()).AllowAnonymous()
            .WithMetadata(new ContentSecurityPolicyAttribute(ContentSecurityPolicies.ApiReference));
        app.MapAccountApi();
        app.MapCandidateAccessApi();
        app.MapAttemptApi();
        app.MapSessionApi();
        app.MapCandidateApi();
        app.MapEvidenceApi();
        app.MapEligibilityReviewApi();
        app.MapCandidateImportApi();
        app.MapCandidatePhotoApi();
        app.MapTrackApi();
        app.MapCertificateApis();
        app.MapExportApis();
        app.MapAuditApi();
        app.MapPracticalApi();
        app.MapBankApi();
        app.MapAnalyticsApi();
        app.MapTrackRulesApi();
        app.MapSecurityEventApi();
        app.MapRaterApi();
        app.MapPublicityApi();
        app.MapProgrammeApis();
        app.MapSupervisionApi();
        app.MapBatchApi();
        app.MapSignalApi();
        return app;
    }
}
