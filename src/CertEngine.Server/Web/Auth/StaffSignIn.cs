using System.Security.Claims;
using CertEngine.Contracts.Accounts;
using CertEngine.Grains.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// A staff sign-in with user name and password, shared by <c>POST /api/account/sign-in</c> and the <c>/sign-in</c> page so
/// both check the same way and set the same cookie.
/// </summary>
public sealed class StaffSignIn(IGrainFactory grains, IPasswordHasher<StaffAccount> hasher)
{
    /// <summary>
    /// Checks the password and, when it is right and the account enabled, signs <paramref name="http"/> in; returns the
    /// account, or <see langword="null"/> for a wrong name, a wrong password or a disabled account alike.
    /// </summary>
    public async Task<StaffAccount?> SignInAsync(HttpContext http, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(http);
        var grain = grains.GetGrain<IStaffAccountGrain>(StaffAccountGrain.KeyOf(userName));
        var credential = await grain.GetCredentialAsync();
        // One answer for a wrong name, a wrong password and a disabled account: the reply must not reveal which accounts exist.
        var verdict = credential is null ? PasswordVerificationResult.Failed : hasher.VerifyHashedPassword(credential.Account, credential.PasswordHash, password);
        if (credential is null || credential.Account.Disabled || verdict == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await grain.SetPasswordAsync(hasher.HashPassword(credential.Account, password), credential.Account.UserName);
            credential = await grain.GetCredentialAsync() ?? credential;
        }

        var account = credential.Account;
        List<Claim> claims = [new(ClaimTypes.Name, account.UserName), new(ClaimTypes.GivenName, account.DisplayName), new(CertEngineClaims.SecurityStamp, credential.SecurityStamp)];
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
        return account;
    }

    /// <summary>The page a staff member starts on after signing in: Admin and CentreManager the administration, then proctor, then assessor.</summary>
    public static string HomeOf(IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Contains(StaffRoles.Admin) || roles.Contains(StaffRoles.CentreManager) ? "/admin"
            : roles.Contains(StaffRoles.Proctor) ? "/proctor"
            : roles.Contains(StaffRoles.Assessor) ? "/assess"
            : "/";
    }
}
