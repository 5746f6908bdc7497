using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Api;

/// <summary>
/// Candidate sign-in: admission ticket number + ID number + the access code the proctor announces. The sign-in binds the
/// browser to that candidate's attempt in that sitting and nothing else.
/// </summary>
public static class CandidateAccessApi
{
    /// <summary>What the candidate types.</summary>
    public sealed record CandidateSignInRequest(
        [property: Required, StringLength(40)] string Ticket,
        [property: Required, StringLength(18, MinimumLength = 18)] string IdNumber,
        [property: Required, StringLength(6, MinimumLength = 6)] string AccessCode);

    /// <summary>The sitting and seat signed in to.</summary>
    public sealed record CandidateSignedIn(string SessionId, int Seat, string Ticket);

    /// <summary>Maps the candidate sign-in.</summary>
    public static IEndpointRouteBuilder MapCandidateAccessApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/candidate/sign-in", SignInAsync).WithTags("Candidates").AllowAnonymous().RequireRateLimiting(SecuritySetup.SignInLimit);
        return app;
    }

    private static async Task<Results<Ok<CandidateSignedIn>, ProblemHttpResult>> SignInAsync(CandidateSignInRequest request, HttpContext http, IGrainFactory grains)
    {
        var ticket = request.Ticket.Trim();
        var idNumber = request.IdNumber.Trim().ToUpperInvariant();
        var bindings = await grains.GetGrain<IAdmissionTicketGrain>(ticket).GetAsync();
        foreach (var binding in bindings.Where(b => b.IdNumber == idNumber).Reverse())
        {
            var session = await grains.GetGrain<IExamSessionGrain>(binding.SessionId).GetAsync();
            if (session is { Plan.Component: ExamComponent.Theory, AccessCode: { } code, Status: SessionStatus.CheckIn or SessionStatus.Running or SessionStatus.Paused }
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(code), Encoding.ASCII.GetBytes(request.AccessCode.Trim())))
            {
                List<Claim> claims =
                [
                    new(ClaimTypes.Name, ticket), new(ClaimTypes.Role, CertEngineClaims.CandidateRole),
                    new(CertEngineClaims.Session, binding.SessionId), new(CertEngineClaims.IdNumber, idNumber),
                ];
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
                return TypedResults.Ok(new CandidateSignedIn(binding.SessionId, binding.Seat, ticket));
            }
        }

        // One answer whatever was wrong: the reply must not reveal which tickets or ID numbers exist.
        return TypedResults.Problem(detail: "准考证号、身份证号或考场码不正确，或本场考试未开放 (wrong ticket, ID number or access code, or the sitting is not open)",
            statusCode: StatusCodes.Status401Unauthorized, title: "登录失败 (sign-in failed)");
    }
}
