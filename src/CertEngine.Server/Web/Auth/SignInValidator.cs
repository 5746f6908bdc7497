using System.Security.Claims;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Security;
using CertEngine.Contracts.Sessions;
using CertEngine.Grains.Sessions;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// Checks on every request that the cookie's sign-in still stands on the server, so a cookie ends when the sign-in ends,
/// not only when the browser drops it. Staff: the account enabled, its security stamp unchanged (password, roles) and this
/// sign-in not signed out. Candidates: this browser is still the one signed in for the candidate and sitting (a later
/// sign-in elsewhere takes over) and has not signed out. One in-memory grain call per request for staff; for a candidate,
/// the ticket's seats are read from the silo's <see cref="TicketSeatView"/> while the ticket's grain is active here, else
/// by a call.
/// </summary>
public static class SignInValidator
{
    /// <summary>Set on a request whose candidate cookie was refused because another browser took the attempt over.</summary>
    public const string SupersededItem = "certengine:superseded";

    /// <summary>The answer an earlier browser of a candidate gets once another sign-in took the attempt over.</summary>
    public const string SupersededText = "您的准考证已在另一台电脑登录，本机的登录已失效；如非本人操作，请立即告知监考员 (signed in on another computer: this browser's sign-in has ended; if that was not you, tell your proctor)";

    /// <summary>The cookie handler's <c>OnValidatePrincipal</c>.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is not { Identity.Name: { } name } principal)
        {
            return;
        }

        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        bool stands;
        if (principal.IsInRole(CertEngineClaims.CandidateRole))
        {
            stands = principal.FindFirstValue(CertEngineClaims.Device) is { } device
                && principal.FindFirstValue(CertEngineClaims.Session) is { } session
                && principal.FindFirstValue(CertEngineClaims.IdNumber) is { } idNumber
                && await IsCurrentDeviceAsync(context.HttpContext.RequestServices, grains, CertEngineClaims.TicketKeyOf(principal), session, idNumber, device);
            if (!stands)
            {
                context.HttpContext.Items[SupersededItem] = true;
                context.HttpContext.RequestServices.GetRequiredService<SecurityEventRecorder>()
                    .Record(SecurityEventKind.SupersededSession, context.HttpContext, "session/" + principal.FindFirstValue(CertEngineClaims.Session), name);
            }
        }
        else
        {
            stands = principal.FindFirstValue(CertEngineClaims.SecurityStamp) is { } stamp
                && principal.FindFirstValue(CertEngineClaims.SignInId) is { } signInId
                && await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(name)).IsSessionOpenAsync(stamp, signInId);
        }

        if (!stands)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static ValueTask<bool> IsCurrentDeviceAsync(IServiceProvider services, IGrainFactory grains, string ticket, string session, string idNumber, string device) =>
        services.GetRequiredService<TicketSeatView>().TryRead(ticket, out var seats)
            ? ValueTask.FromResult(seats.IsCurrent(session, idNumber, device))
            : new ValueTask<bool>(grains.GetGrain<IAdmissionTicketGrain>(ticket).IsCurrentDeviceAsync(session, idNumber, device));

    /// <summary>
    /// Signs the current user out on the server and in the browser: a staff sign-in is closed on the account, a candidate's
    /// browser is released from the attempt, so the cookie is dead even where a copy of it is kept.
    /// </summary>
    public static async Task SignOutAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = http.User;
        var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
        if (user.Identity is { IsAuthenticated: true, Name: { } name })
        {
            if (user.IsInRole(CertEngineClaims.CandidateRole))
            {
                if (user.FindFirstValue(CertEngineClaims.Session) is { } session && user.FindFirstValue(CertEngineClaims.IdNumber) is { } idNumber
                    && user.FindFirstValue(CertEngineClaims.Device) is { } device)
                {
                    await grains.GetGrain<IAdmissionTicketGrain>(CertEngineClaims.TicketKeyOf(user)).SignOutAsync(session, idNumber, device);
                }
            }
            else if (user.FindFirstValue(CertEngineClaims.SignInId) is { } signInId)
            {
                await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(name)).CloseSessionAsync(signInId);
            }
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
