using System.ComponentModel.DataAnnotations;
using CertEngine.Server.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CertEngine.Server.Pages.Certificates;

/// <summary>
/// The manual lookup at <c>/v</c>: certificate number plus the holder's full name. A wrong name and an unknown number
/// give the same answer, so the form cannot be used to learn which numbers exist.
/// </summary>
[EnableRateLimiting(VerificationRateLimitPolicy.Name)]
public sealed class LookupModel(CertificateVerifier verifier) : PageModel
{
    /// <summary>证书编号.</summary>
    [BindProperty, Required(ErrorMessage = "请填写证书编号 (certificate number required)"), StringLength(40)]
    public string? Number { get; set; }

    /// <summary>持证人姓名, in full.</summary>
    [BindProperty, Required(ErrorMessage = "请填写持证人姓名 (holder's name required)"), StringLength(50)]
    public string? Name { get; set; }

    /// <summary>The answer, after a lookup.</summary>
    public VerificationResponse? Result { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Looks the certificate up.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var number = Number?.Trim().ToUpperInvariant();
        if (ModelState.IsValid && !CertificateVerifier.IsPlausibleNumber(number))
        {
            ModelState.AddModelError(nameof(Number), "证书编号应为 6–40 位字母或数字 (6–40 letters and digits)");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Result = await verifier.LookupAsync(number!, Name!);
        return Page();
    }
}
