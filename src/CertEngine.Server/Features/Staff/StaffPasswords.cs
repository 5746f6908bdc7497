using CertEngine.Contracts;
using CertEngine.Contracts.Accounts;
using CertEngine.Domain.Accounts;
using CertEngine.Server.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CertEngine.Server.Features.Staff;

/// <summary>How a password change ended: done (the browser is signed out), or why not.</summary>
public enum PasswordChange
{
    /// <summary>Changed; every sign-in of the account ended, this browser's too.</summary>
    Changed,

    /// <summary>The new password fails the policy (see the <see cref="PasswordProblem"/>).</summary>
    Weak,

    /// <summary>The current password is wrong (or the account is gone): nothing changed.</summary>
    WrongCurrent,

    /// <summary>The account refused (e.g. disabled): see the reply.</summary>
    Refused,
}

/// <summary>
/// A staff member changing their own password, shared by <c>PUT /api/account/password</c> and the page
/// <c>/account/password</c>: the policy first, then the current password, then the account; the account's stamp moves,
/// which ends every sign-in of it, and this browser is signed out to sign in again with the new password.
/// </summary>
public sealed class StaffPasswords(IGrainFactory grains, IPasswordHasher<StaffAccount> hasher, PasswordPolicy policy)
{
    /// <summary>Changes the signed-in user's password; the outcome with the policy's problem or the account's reply.</summary>
    public async Task<(PasswordChange Outcome, PasswordProblem? Weak, CommandReply? Reply)> ChangeAsync(
        HttpContext http, string currentPassword, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = http.User;
        if (policy.Check(newPassword, user.Actor()) is { } weak)
        {
            return (PasswordChange.Weak, weak, null);
        }

        var grain = grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(user.Actor()));
        if (await grain.GetCredentialAsync() is not { } credential
            || hasher.VerifyHashedPassword(credential.Account, credential.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            return (PasswordChange.WrongCurrent, null, null);
        }

        var reply = await grain.SetPasswordAsync(hasher.HashPassword(credential.Account, newPassword), user.Actor());
        if (!reply.Accepted)
        {
            return (PasswordChange.Refused, null, reply);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return (PasswordChange.Changed, null, null);
    }
}
