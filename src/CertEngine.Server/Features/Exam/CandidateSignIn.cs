using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts;
using CertEngine.Contracts.Security;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Exam;

/// <summary>
/// The one candidate sign-in rule, used by <c>POST /api/candidate/sign-in</c> and the <c>/exam</c> page: admission ticket
/// number + ID number + the access code of an open theory sitting (check-in, running or paused) binds the browser to that
/// candidate's attempt in that sitting and nothing else.
/// </summary>
/// <remarks>
/// Guessing is stopped on the ticket, not the address: <see cref="SignInOptions.TicketMaxFailures"/> wrong ID numbers or
/// access codes for one ticket while its sitting is open, from any addresses, lock the ticket until the proctor unlocks it,
/// so a room behind one NAT address is never locked out by one guesser. A later sign-in of the same candidate takes the
/// attempt over: the earlier browser's next request is refused (<see cref="SignInValidator"/>).
/// </remarks>
public sealed class CandidateSignIn(IGrainFactory grains, IOptions<SignInOptions> options, SecurityEventRecorder events)
{
    /// <summary>The refusal of a wrong ticket, ID number or access code: it must not reveal which tickets or ID numbers exist.</summary>
    public const string Refusal = "准考证号、身份证号或考场口令不正确，或本场考试未开放 (wrong ticket number, ID number or access code, or the sitting is not open)";

    /// <summary>The refusal while the ticket is locked.</summary>
    public const string LockedRefusal = "该准考证因多次输入错误已锁定，请举手联系监考员核验身份后解锁 (this admission ticket is locked after repeated wrong entries; ask your proctor to check your identity and unlock it)";

    /// <summary>
    /// Signs the candidate in with the cookie scheme; the sitting and seat, or the refusal. The ticket number is matched
    /// whatever its case (<see cref="AdmissionTicketKey"/>), the ID number's final X too.
    /// </summary>
    public async Task<CandidateSignInResult> SignInAsync(HttpContext http, string ticket, string idNumber, string accessCode)
    {
        var result = await SignInOnceAsync(http, ticket, idNumber, accessCode);
        Grains.Telemetry.ExamMetrics.SignIn("candidate", result.Seat is not null ? "signed-in" : result.IsLocked ? "locked" : "refused");
        return result;
    }

    private async Task<CandidateSignInResult> SignInOnceAsync(HttpContext http, string ticket, string idNumber, string accessCode)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(ticket);
        ticket = ticket.Trim();
        idNumber = idNumber.Trim().ToUpperInvariant();
        var (key, bindings) = await FindTicketAsync(ticket);
        var ticketGrain = grains.GetGrain<IAdmissionTicketGrain>(key);
        if (bindings.Count > 0 && await ticketGrain.IsLockedAsync())
        {
            events.Record(SecurityEventKind.CandidateSignInLocked, http, "ticket/" + ticket, ticket);
            return CandidateSignInResult.Locked;
        }

        string? openSession = null;
        foreach (var binding in bindings.Reverse())
        {
            var session = await grains.GetGrain<IExamSessionGrain>(binding.SessionId).GetAsync();
            if (session is not { Plan.Component: ExamComponent.Theory, AccessCode: { } code, Status: SessionStatus.CheckIn or SessionStatus.Running or SessionStatus.Paused })
            {
                continue;
            }

            openSession ??= binding.SessionId;
            if (binding.IdNumber == idNumber && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(code), Encoding.ASCII.GetBytes(accessCode.Trim())))
            {
                return await BindAsync(http, key, ticketGrain, binding);
            }
        }

        // A wrong ID number or code while the ticket's sitting is open is a guess at this ticket; before the sitting opens
        // it is a candidate who came early, and counts nothing.
        if (openSession is not null)
        {
            events.Record(SecurityEventKind.CandidateSignInFailed, http, "ticket/" + ticket, ticket);
            var lockout = await ticketGrain.RecordFailedSignInAsync(openSession, options.Value.TicketMaxFailures);
            if (lockout.LockedNow)
            {
                events.Record(SecurityEventKind.TicketLocked, http, "ticket/" + ticket, ticket);
            }
        }
        else if (bindings.Count == 0)
        {
            events.Record(SecurityEventKind.CandidateSignInFailed, http, "ticket/" + ticket, ticket);
        }

        return CandidateSignInResult.Refused;
    }

    /// <summary>
    /// The ticket's grain key and its sittings: the case-blind key, or for a sitting scheduled before tickets ignored case
    /// (bound under the number exactly as written) the number as typed.
    /// </summary>
    private async Task<(string Key, IReadOnlyList<AdmissionTicket> Bindings)> FindTicketAsync(string typed)
    {
        var key = AdmissionTicketKey.Of(typed);
        var bindings = await grains.GetGrain<IAdmissionTicketGrain>(key).GetAsync();
        if (bindings.Count > 0 || key == typed)
        {
            return (key, bindings);
        }

        var older = await grains.GetGrain<IAdmissionTicketGrain>(typed).GetAsync();
        return older.Count > 0 ? (typed, older) : (key, bindings);
    }

    private async Task<CandidateSignInResult> BindAsync(HttpContext http, string key, IAdmissionTicketGrain ticketGrain, AdmissionTicket binding)
    {
        var device = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        switch (await ticketGrain.SignInAsync(binding.SessionId, binding.IdNumber, device))
        {
            case null:
                events.Record(SecurityEventKind.CandidateSignInLocked, http, "ticket/" + binding.Ticket, binding.Ticket);
                return CandidateSignInResult.Locked;
            case true:
                events.Record(SecurityEventKind.CandidateTakenOver, http, "session/" + binding.SessionId, binding.Ticket);
                break;
        }

        List<Claim> claims =
        [
            new(ClaimTypes.Name, binding.Ticket), new(ClaimTypes.Role, CertEngineClaims.CandidateRole),
            new(CertEngineClaims.Session, binding.SessionId), new(CertEngineClaims.IdNumber, binding.IdNumber),
            new(CertEngineClaims.Device, device), new(CertEngineClaims.TicketKey, key),
        ];
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
        return CandidateSignInResult.SignedIn(new CandidateSeat(binding.SessionId, binding.Seat, binding.Ticket));
    }
}
