using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts.Candidates;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Candidates;

/// <summary>A candidate's eligibility evidence (申报材料): read, add, edit, remove, and apply to a track with it.</summary>
public static class EvidenceApi
{
    /// <summary>An application to a track with the evidence kept.</summary>
    public sealed record ApplyRequest([property: Required, StringLength(80)] string TrackKey);

    /// <summary>Maps the evidence endpoints under <c>/api/candidates/{idNumber}/evidence</c>.</summary>
    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var evidence = app.MapGroup("/api/candidates/{idNumber}/evidence").WithTags("Candidates").RequireAuthorization(AccessPolicies.Registrar);
        evidence.MapGet("/", GetAsync);
        evidence.MapPost("/", AddAsync);
        evidence.MapPut("/{evidenceId}", EditAsync);
        evidence.MapDelete("/{evidenceId}", RemoveAsync);
        evidence.MapPost("/apply", ApplyAsync);
        return app;
    }

    private static async Task<Results<Ok<EvidenceOverview>, ProblemHttpResult>> GetAsync(string idNumber, string? track, CandidateEvidence service) =>
        track is { Length: > 80 } ? Replies.NotFound("没有该认定项目 (no such track)")
        : Key(idNumber).Length != 18 ? NotRegistered()
        : await service.OverviewAsync(Key(idNumber), track) is { } overview ? TypedResults.Ok(overview) : NotRegistered();

    private static async Task<Results<Created<EvidenceEntry>, ProblemHttpResult>> AddAsync(string idNumber, EvidenceInput input, ClaimsPrincipal user, CandidateEvidence service)
    {
        var key = Key(idNumber);
        if (key.Length != 18)
        {
            return NotRegistered();
        }

        var reply = await service.AddAsync(key, input, user.Actor());
        return reply.Reply.Accepted && await EntryAsync(service, key, reply.EvidenceId!) is { } entry
            ? TypedResults.Created($"/api/candidates/{key}/evidence/{entry.Evidence.Id}", entry)
            : Replies.Refused(reply.Reply);
    }

    private static async Task<Results<Ok<EvidenceEntry>, ProblemHttpResult>> EditAsync(string idNumber, string evidenceId, EvidenceInput input, ClaimsPrincipal user, CandidateEvidence service)
    {
        var key = Key(idNumber);
        if (key.Length != 18 || evidenceId.Length > 12)
        {
            return key.Length != 18 ? NotRegistered() : Replies.NotFound("没有该申报材料 (no such evidence)");
        }

        var reply = await service.EditAsync(key, evidenceId.Trim(), input, user.Actor());
        return reply.Reply.Accepted && await EntryAsync(service, key, reply.EvidenceId!) is { } entry ? TypedResults.Ok(entry) : Replies.Refused(reply.Reply);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(string idNumber, string evidenceId, ClaimsPrincipal user, CandidateEvidence service) =>
        Key(idNumber).Length != 18 || evidenceId.Length > 12 ? Replies.NotFound("没有该考生或申报材料 (no such candidate or evidence)")
        : Replies.From(await service.RemoveAsync(Key(idNumber), evidenceId.Trim(), user.Actor()));

    // 200 when enrolled, 202 when the application waits for review (with where to follow it), 409 with why when refused.
    private static async Task<Results<Ok<ApplicationReply>, Accepted<ApplicationReply>, ProblemHttpResult>> ApplyAsync(
        string idNumber, ApplyRequest request, ClaimsPrincipal user, CandidateEvidence service)
    {
        if (Key(idNumber).Length != 18)
        {
            return NotRegistered();
        }

        var reply = await service.ApplyAsync(Key(idNumber), request.TrackKey, user.Actor());
        return reply.Outcome switch
        {
            ApplicationOutcome.Enrolled => TypedResults.Ok(reply),
            ApplicationOutcome.AwaitingReview => TypedResults.Accepted($"/api/eligibility/reviews?track={Uri.EscapeDataString(request.TrackKey.Trim())}", reply),
            _ => Replies.Refused(reply.Reason!),
        };
    }

    private static async Task<EvidenceEntry?> EntryAsync(CandidateEvidence service, string idNumber, string evidenceId) =>
        (await service.OverviewAsync(idNumber, null))?.Items.FirstOrDefault(i => i.Evidence.Id == evidenceId);

    private static string Key(string idNumber) => idNumber.Trim().ToUpperInvariant();

    private static ProblemHttpResult NotRegistered() => Replies.NotFound("没有该考生 (no such candidate)");
}
