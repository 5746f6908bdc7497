using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// The manual lookup at <c>/v</c>: certificate number plus the holder's full ID number, as printed on the certificate. A
/// wrong ID number and an unknown number give the same answer, so the form cannot be used to learn which numbers exist
/// or, from a list of common names, who holds them.
/// </summary>
[EnableRateLimiting(VerificationRateLimitPolicy.Name)]
public sealed class LookupModel(CertificateVerifier verifier) : PageModel
{
    /// <summary>证书编号.</summary>
    [BindProperty, Required(ErrorMessage = "请填写证书编号"), StringLength(40)]
    public string? Number { get; set; }

    /// <summary>持证人证件号码, all 18 characters.</summary>
    [BindProperty, Required(ErrorMessage = "请填写持证人证件号码"), StringLength(18)]
    public string? IdNumber { get; set; }

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
            ModelState.AddModelError(nameof(Number), ValidationMessages.Of("证书编号应为 6–40 位字母或数字"));
        }

        if (ModelState.IsValid && !CertificateVerifier.IsPlausibleIdNumber(IdNumber?.Trim()))
        {
            ModelState.AddModelError(nameof(IdNumber), ValidationMessages.Of("证件号码应为完整的 18 位"));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Result = await verifier.LookupAsync(number!, IdNumber!.Trim());

        // The answer page does not echo the full ID number back into the form.
        ModelState.Remove(nameof(IdNumber));
        IdNumber = null;
        return Page();
    }
}
