using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CertEngine.Server.Features.Verification;

/// <summary>The page the certificate's QR code opens: <c>/v/{number}?t={token}</c>.</summary>
[EnableRateLimiting(VerificationRateLimitPolicy.Name)]
public sealed class VerifyModel(CertificateVerifier verifier) : PageModel
{
    /// <summary>The answer shown; null when the address itself was unusable.</summary>
    public VerificationResponse? Result { get; private set; }

    /// <summary>Verifies the token in the address.</summary>
    public async Task<IActionResult> OnGetAsync(string number, [FromQuery(Name = "t")] string? token)
    {
        if (!CertificateVerifier.IsPlausibleNumber(number) || string.IsNullOrWhiteSpace(token))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result = VerificationEndpoints.Recorded(HttpContext, number, await verifier.VerifyAsync(number, token));
        return Page();
    }
}
