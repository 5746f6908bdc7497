using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Exam;

/// <summary>
/// Candidate sign-in: admission ticket number + ID number + the access code (考场口令) the proctor announces. The sign-in binds the
/// browser to that candidate's attempt in that sitting and nothing else.
/// </summary>
public static class CandidateAccessApi
{
    /// <summary>What the candidate types.</summary>
    /// <param name="Ticket">准考证号 (admission ticket number), matched whatever its case.</param>
    /// <param name="IdNumber">身份证号码, 18 characters; a final x matches X.</param>
    /// <param name="AccessCode">考场口令 (access code): the six digits the proctor announces once check-in is open, shown on the proctor console.</param>
    public sealed record CandidateSignInRequest(
        [property: Required, StringLength(40), Description("准考证号 (admission ticket number), matched whatever its case")] string Ticket,
        [property: Required, StringLength(18, MinimumLength = 18), Description("身份证号码 (ID number), 18 characters")] string IdNumber,
        [property: Required, StringLength(6, MinimumLength = 6), Description("考场口令 (access code): the 6 digits the proctor announces once check-in is open")] string AccessCode);

    /// <summary>The sitting and seat signed in to.</summary>
    public sealed record CandidateSignedIn(string SessionId, int Seat, string Ticket);

    /// <summary>Maps the candidate sign-in.</summary>
    public static IEndpointRouteBuilder MapCandidateAccessApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/candidate/sign-in", SignInAsync).WithTags("Candidates").AllowAnonymous().RequireRateLimiting(SecuritySetup.SignInLimit);
        return app;
    }

    private static async Task<Results<Ok<CandidateSignedIn>, ProblemHttpResult>> SignInAsync(CandidateSignInRequest request, HttpContext http, CandidateSignIn signIn)
    {
        var result = await signIn.SignInAsync(http, request.Ticket, request.IdNumber, request.AccessCode);
        return result.Seat is { } seat
            ? TypedResults.Ok(new CandidateSignedIn(seat.SessionId, seat.Seat, seat.Ticket))
            : TypedResults.Problem(detail: result.RefusalText, statusCode: result.IsLocked ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized,
                title: "登录失败 (sign-in failed)", extensions: new Dictionary<string, object?> { ["locked"] = result.IsLocked });
    }
}
