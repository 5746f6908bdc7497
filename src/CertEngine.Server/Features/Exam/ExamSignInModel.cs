using System.ComponentModel.DataAnnotations;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CertEngine.Server.Features.Exam;

/// <summary>
/// The candidate's sign-in at <c>/exam</c> (考生登录): admission ticket number, ID number and the access code the proctor
/// announces, checked by the same rule as <c>POST /api/candidate/sign-in</c>, then on to the paper.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.SignInLimit)]
public sealed class ExamSignInModel(CandidateSignIn signIn) : PageModel
{
    /// <summary>准考证号.</summary>
    [BindProperty, Required(ErrorMessage = "请填写准考证号 (admission ticket number required)"), StringLength(40, ErrorMessage = "准考证号过长 (ticket number too long)")]
    public string? Ticket { get; set; }

    /// <summary>身份证号码 (18 characters).</summary>
    [BindProperty, Required(ErrorMessage = "请填写身份证号码 (ID number required)")]
    [StringLength(18, MinimumLength = 18, ErrorMessage = "身份证号码为 18 位 (the ID number has 18 characters)")]
    public string? IdNumber { get; set; }

    /// <summary>考场码: the six digits the proctor announces.</summary>
    [BindProperty, Required(ErrorMessage = "请填写考场码 (access code required)")]
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "考场码为 6 位数字 (the access code has 6 digits)")]
    public string? AccessCode { get; set; }

    /// <summary>Whether this browser is already signed in as a candidate (offers to go back to the paper).</summary>
    public bool SignedIn => User.IsInRole(CertEngineClaims.CandidateRole);

    /// <summary>Whether this browser was signed out because the candidate signed in on another computer.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Superseded { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in, then opens the paper.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        AccessCode = AccessCode?.Trim();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.SignInAsync(HttpContext, Ticket!, IdNumber!, AccessCode!);
        if (result.Seat is null)
        {
            ModelState.AddModelError(string.Empty, result.RefusalText);
            return Page();
        }

        return RedirectToPage("/Exam/Paper");
    }
}
