using System.ComponentModel.DataAnnotations;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CertEngine.Server.Features.Staff;

/// <summary>
/// The staff sign-in page <c>/sign-in</c>: user name and password, the same check and cookie as
/// <c>POST /api/account/sign-in</c>; afterwards the page asked for, or the role's own page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.SignInLimit)]
public sealed class StaffSignInModel(StaffSignIn signIn) : PageModel
{
    /// <summary>用户名.</summary>
    [BindProperty, Required(ErrorMessage = "请填写用户名"), StringLength(32)]
    public string? UserName { get; set; }

    /// <summary>密码.</summary>
    [BindProperty, Required(ErrorMessage = "请填写密码"), StringLength(128), DataType(DataType.Password)]
    public string? Password { get; set; }

    /// <summary>The local page to return to after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in failed, when it did.</summary>
    public string? Failure { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the password and signs in.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.SignInAsync(HttpContext, UserName!, Password!) is not { } account)
        {
            // The same words for every failure: the page must not reveal which accounts exist.
            Failure = "用户名或密码不正确，或账户已停用 (wrong user name or password, or the account is disabled)";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        // Only a page of this server: an address from the query must not send a fresh sign-in elsewhere.
        return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : StaffSignIn.HomeOf(account.Roles));
    }
}
