using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Staff;

/// <summary><c>/sign-out</c>: a button (a POST with the anti-forgery token, so no other site can sign a user out), then the sign-in page.</summary>
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    /// <summary>Shows the button, or that nobody is signed in.</summary>
    public void OnGet()
    {
    }

    /// <summary>Ends the sign-in.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await SignInValidator.SignOutAsync(HttpContext);
        return LocalRedirect("/sign-in");
    }
}
