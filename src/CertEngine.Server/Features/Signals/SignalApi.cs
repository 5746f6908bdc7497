using CertEngine.Contracts.Security;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Web;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Signals;

/// <summary>
/// <c>GET /api/analytics/sittings/{id}/signals</c>: a sitting's integrity signals as JSON — pairs with improbably many
/// identical wrong answers (neighbours first, with the statistic's value and threshold), answers given implausibly fast,
/// many changes in the last minutes, takeovers and long disconnections. Signals to review, never verdicts.
/// </summary>
public static class SignalApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSignalApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/analytics/sittings").WithTags("Analytics").RequireAuthorization(SignalAccess.Policy)
            .MapGet("/{id}/signals", GetAsync)
            .WithDescription("A sitting's integrity signals: pairs (seatA, seatB, neighbours, bothWrong, identicalWrong, expected, pValue, threshold), signals per seat (code, value, threshold, detail), the bounds in force.");
        return app;
    }

    private static async Task<Results<Ok<SittingSignalView>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string id, HttpContext http, IGrainFactory grains, SittingSignalReader reader, CancellationToken cancellationToken)
    {
        if (id.Length > 100 || await grains.GetGrain<IExamSessionGrain>(id).GetAsync() is not { } session)
        {
            return NoSitting();
        }

        if (!SignalAccess.MayRead(http.User, session))
        {
            // A sitting the caller may not read answers like one that does not exist; the refusal is recorded.
            http.RecordSecurityEvent(SecurityEventKind.OwnershipRefused, "session/" + id);
            return NoSitting();
        }

        return await reader.ReadAsync(session.Id, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : Replies.Invalid("id", $"本场已交卷超过 {SittingSignalReader.MaxAttempts} 份，无法一次比较 (more than {SittingSignalReader.MaxAttempts} papers in the sitting)");
    }

    private static ProblemHttpResult NoSitting() => Replies.NotFound("没有这个考场 (no such sitting)");
}
