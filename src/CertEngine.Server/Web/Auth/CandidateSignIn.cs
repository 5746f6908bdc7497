using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// The one candidate sign-in rule, used by <c>POST /api/candidate/sign-in</c> and the <c>/exam</c> page: admission ticket
/// number + ID number + the access code of an open theory sitting (check-in, running or paused) binds the browser to that
/// candidate's attempt in that sitting and nothing else.
/// </summary>
public static class CandidateSignIn
{
    /// <summary>The one refusal, whatever was wrong: it must not reveal which tickets or ID numbers exist.</summary>
    public const string Refusal = "准考证号、身份证号或考场码不正确，或本场考试未开放 (wrong ticket, ID number or access code, or the sitting is not open)";

    /// <summary>Signs the candidate in with the cookie scheme; the sitting and seat, or <see langword="null"/> when refused.</summary>
    public static async Task<CandidateSeat?> SignInAsync(HttpContext http, IGrainFactory grains, string ticket, string idNumber, string accessCode)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(grains);
        ticket = ticket.Trim();
        idNumber = idNumber.Trim().ToUpperInvariant();
        var bindings = await grains.GetGrain<IAdmissionTicketGrain>(ticket).GetAsync();
        foreach (var binding in bindings.Where(b => b.IdNumber == idNumber).Reverse())
        {
            var session = await grains.GetGrain<IExamSessionGrain>(binding.SessionId).GetAsync();
            if (session is { Plan.Component: ExamComponent.Theory, AccessCode: { } code, Status: SessionStatus.CheckIn or SessionStatus.Running or SessionStatus.Paused }
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(code), Encoding.ASCII.GetBytes(accessCode.Trim())))
            {
                List<Claim> claims =
                [
                    new(ClaimTypes.Name, ticket), new(ClaimTypes.Role, CertEngineClaims.CandidateRole),
                    new(CertEngineClaims.Session, binding.SessionId), new(CertEngineClaims.IdNumber, idNumber),
                ];
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
                return new CandidateSeat(binding.SessionId, binding.Seat, ticket);
            }
        }

        return null;
    }
}
