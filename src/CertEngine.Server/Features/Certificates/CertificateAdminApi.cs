using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// The staff side of certificates (考务管理): the full record, and suspend (under appeal), reinstate, revoke and reissue,
/// each with a reason. The public side (verification) is in the certificates' own endpoints.
/// </summary>
public static class CertificateAdminApi
{
    /// <summary>A lifecycle action's reason.</summary>
    public sealed record LifecycleRequest([property: Required, StringLength(500, MinimumLength = 1)] string Reason);

    /// <summary>Maps the staff certificate endpoints.</summary>
    public static IEndpointRouteBuilder MapCertificateAdminApi(this IEndpointRouteBuilder app)
    {
        var certificates = app.MapGroup("/api/certificates/{number}").WithTags("Certificates").RequireAuthorization(AccessPolicies.Registrar);
        certificates.MapGet("/record", GetAsync);
        certificates.MapPost("/suspend", (string number, LifecycleRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            ActAsync(number, grains, c => c.SuspendAsync(user.Actor(), request.Reason)));
        certificates.MapPost("/reinstate", (string number, LifecycleRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            ActAsync(number, grains, c => c.ReinstateAsync(user.Actor(), request.Reason)));
        certificates.MapPost("/revoke", (string number, LifecycleRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            ActAsync(number, grains, c => c.RevokeAsync(user.Actor(), request.Reason)));
        certificates.MapPost("/reissue", ReissueAsync);
        return app;
    }

    private static async Task<Results<Ok<CertificateSnapshot>, ProblemHttpResult>> GetAsync(string number, IGrainFactory grains) =>
        await grains.GetGrain<ICertificateGrain>(number).GetAsync() is { } certificate ? TypedResults.Ok(certificate) : Replies.NotFound($"没有证书 {number} (no such certificate)");

    private static async Task<Results<NoContent, ProblemHttpResult>> ActAsync(string number, IGrainFactory grains, Func<ICertificateGrain, Task<CommandReply>> action)
    {
        var certificate = grains.GetGrain<ICertificateGrain>(number);
        return await certificate.GetAsync() is null ? Replies.NotFound($"没有证书 {number} (no such certificate)") : Replies.From(await action(certificate));
    }

    private static async Task<Results<Ok<IssueReply>, ProblemHttpResult>> ReissueAsync(string number, LifecycleRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (await grains.GetGrain<ICertificateGrain>(number).GetAsync() is not { } certificate)
        {
            return Replies.NotFound($"没有证书 {number} (no such certificate)");
        }

        var reply = await grains.GetGrain<ICertificationTrackGrain>(certificate.Fields.TrackKey).ReissueCertificateAsync(number, user.Actor(), request.Reason);
        return reply.Outcome == IssueOutcome.Issued ? TypedResults.Ok(reply) : Replies.Refused(reply);
    }
}
