using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using CertEngine.Contracts.Accounts;
using CertEngine.Grains.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// Ends a staff sign-in at the next request once the account is disabled or its password or roles changed (the security
/// stamp moved). One in-memory grain call per staff request; candidates' cookies are checked by their endpoints.
/// </summary>
public static class StaffSignInValidator
{
    /// <summary>The cookie handler's <c>OnValidatePrincipal</c>.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.FindFirstValue(CertEngineClaims.SecurityStamp) is not { } stamp || principal.Identity?.Name is not { } userName)
        {
            return;
        }

        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var credential = await grains.GetGrain<IStaffAccountGrain>(StaffAccountGrain.KeyOf(userName)).GetCredentialAsync();
        if (credential is null || credential.Account.Disabled || credential.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
