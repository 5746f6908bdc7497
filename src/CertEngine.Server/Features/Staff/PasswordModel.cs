using System.ComponentModel.DataAnnotations;
using CertEngine.Domain.Accounts;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Staff;

/// <summary>
/// <c>/account/password</c>: a staff member changes their own password (the same rules as
/// <c>PUT /api/account/password</c>, through <see cref="StaffPasswords"/>); afterwards they sign in again.
/// </summary>
[Authorize(Policy = AccessPolicies.Staff)]
public sealed class PasswordModel(StaffPasswords passwords) : PageModel
{
    /// <summary>The password now.</summary>
    [BindProperty, Required(ErrorMessage = "请输入当前密码"),
     StringLength(PasswordPolicy.MaxLength, ErrorMessage = "密码过长")]
    public string CurrentPassword { get; set; } = "";

    /// <summary>The password wanted.</summary>
    [BindProperty, Required(ErrorMessage = "请输入新密码"),
     StringLength(PasswordPolicy.MaxLength, ErrorMessage = "密码过长")]
    public string NewPassword { get; set; } = "";

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Changes the password, then sends the visitor to sign in with it; on a refusal the form says why.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, weak, reply) = await passwords.ChangeAsync(HttpContext, CurrentPassword, NewPassword);
        switch (outcome)
        {
            case PasswordChange.Changed:
                return LocalRedirect("/sign-in?changed=1");
            case PasswordChange.Weak:
                ModelState.AddModelError(nameof(NewPassword), PasswordText.Of(weak!.Value));
                break;
            case PasswordChange.WrongCurrent:
                ModelState.AddModelError(nameof(CurrentPassword), ValidationMessages.Of("当前密码不正确"));
                break;
            default:
                ModelState.AddModelError("", RefusalWords.Bilingual(reply!));
                break;
        }

        return Page();
    }
}
