using System.Security.Claims;
using System.Security.Cryptography;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Security;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// A staff sign-in with user name and password, shared by <c>POST /api/account/sign-in</c> and the <c>/sign-in</c> page so
/// both check the same way and set the same cookie. Wrong passwords lock the account after
/// <see cref="SignInOptions.StaffMaxFailures"/> in a row; each sign-in gets an id of its own that signing out ends on the
/// server, so a copied cookie dies with it.
/// </summary>
public sealed class StaffSignIn(
    IGrainFactory grains, IPasswordHasher<StaffAccount> hasher, IOptions<SignInOptions> options, SecurityEventRecorder events)
{
    /// <summary>The one refusal for a wrong name, a wrong password, a disabled or a locked account.</summary>
    public const string Refusal = "用户名或密码不正确，或账户已停用或暂时锁定（连续输错多次后锁定 15 分钟） (wrong user name or password, or the account is disabled or locked for a while after repeated failures)";

    // A wrong user name costs one password hash like a wrong password does: the time taken must not reveal which accounts
    // exist. The hash is of a random password, made once per server.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<StaffAccount>().HashPassword(null!, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    /// <summary>
    /// Checks the password and, when it is right and the account enabled and not locked, signs <paramref name="http"/> in;
    /// returns the account, or <see langword="null"/> for every kind of failure alike.
    /// </summary>
    public async Task<StaffAccount?> SignInAsync(HttpContext http, string userName, string password)
    {
        var account = await SignInOnceAsync(http, userName, password);
        Grains.Telemetry.ExamMetrics.SignIn("staff", account is not null ? "signed-in" : "refused");
        return account;
    }

    private async Task<StaffAccount?> SignInOnceAsync(HttpContext http, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(http);
        var grain = grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(userName));
        var credential = await grain.GetCredentialAsync();
        var verdict = hasher.VerifyHashedPassword(credential?.Account!, credential?.PasswordHash ?? DummyHash.Value, password);
        if (credential is null)
        {
            verdict = PasswordVerificationResult.Failed;
        }

        var subject = "staff/" + StaffAccountKey.Of(userName);
        if (credential?.LockedUntil is not null)
        {
            // Locked: refused whatever the password, and not counted (the lock does not grow while it holds).
            events.Record(SecurityEventKind.StaffSignInLocked, http, subject, userName);
            return null;
        }

        if (credential is null || credential.Account.Disabled || verdict == PasswordVerificationResult.Failed)
        {
            events.Record(SecurityEventKind.StaffSignInFailed, http, subject, userName);
            if (credential is not null && verdict == PasswordVerificationResult.Failed)
            {
                var settings = options.Value;
                var lockout = await grain.RecordFailedSignInAsync(settings.StaffMaxFailures, TimeSpan.FromMinutes(settings.StaffLockoutMinutes));
                if (lockout.LockedNow)
                {
                    events.Record(SecurityEventKind.StaffAccountLocked, http, subject, userName);
                }
            }

            return null;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await grain.SetPasswordAsync(hasher.HashPassword(credential.Account, password), credential.Account.UserName);
            credential = await grain.GetCredentialAsync() ?? credential;
        }

        if (await grain.OpenSessionAsync(credential.SecurityStamp) is not { } sessionId)
        {
            return null;
        }

        var account = credential.Account;
        List<Claim> claims =
        [
            new(ClaimTypes.Name, account.UserName), new(ClaimTypes.GivenName, account.DisplayName),
            new(CertEngineClaims.SecurityStamp, credential.SecurityStamp), new(CertEngineClaims.SignInId, sessionId),
        ];
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
        return account;
    }

    /// <summary>
    /// The page a staff member starts on after signing in: Admin and CentreManager the administration, then proctor, then
    /// assessor; every other staff role (督导, 主管部门) the 工作台 <c>/admin</c>, which every staff role may open
    /// (<see cref="AccessPolicies.Staff"/>); the public home page only for an account with no known role.
    /// </summary>
    public static string HomeOf(IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Contains(StaffRoles.Admin) || roles.Contains(StaffRoles.CentreManager) ? "/admin"
            : roles.Contains(StaffRoles.Proctor) ? "/proctor"
            : roles.Contains(StaffRoles.Assessor) ? "/assess"
            : roles.Any(StaffRoles.IsKnown) ? "/admin"
            : "/";
    }
}
