using System.ComponentModel.DataAnnotations;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CertEngine.Server.Features.Exam;

/// <summary>
/// The candidate's sign-in at <c>/exam</c> (考生登录): admission ticket number (any case), ID number and the access code
/// (考场口令) the proctor announces, checked by the same rule as <c>POST /api/candidate/sign-in</c>, then on to the paper.
/// A refusal is said on this page in the visitor's language; too many tries from one address get the status page
/// (<c>/status/429</c>), never a JSON body.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.SignInLimit)]
public sealed class ExamSignInModel(CandidateSignIn signIn, BilingualText text) : PageModel
{
    /// <summary>准考证号.</summary>
    [BindProperty, Required(ErrorMessage = "请填写准考证号"), StringLength(40, ErrorMessage = "准考证号过长")]
    public string? Ticket { get; set; }

    /// <summary>身份证号码 (18 characters).</summary>
    [BindProperty, Required(ErrorMessage = "请填写身份证号码")]
    [StringLength(18, MinimumLength = 18, ErrorMessage = "身份证号码为 18 位")]
    public string? IdNumber { get; set; }

    /// <summary>考场口令 (access code): the six digits the proctor announces once check-in is open.</summary>
    [BindProperty, Required(ErrorMessage = "请填写考场口令")]
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "考场口令为 6 位数字")]
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
            ModelState.AddModelError(string.Empty, result.IsLocked
                ? text("该准考证因多次输入错误已锁定。请举手联系监考员，核验身份后由监考员解锁。",
                    "This admission ticket is locked after repeated wrong entries. Raise your hand: the proctor checks your identity and unlocks it.")
                : text("准考证号、身份证号或考场口令不正确，或本场考试尚未开放签到。请核对后重试；仍不能登录请举手联系监考员。",
                    "The ticket number, ID number or access code is wrong, or check-in for your sitting is not open yet. Check and try again; if it still fails, raise your hand."));
            return Page();
        }

        return RedirectToPage("/Exam/Paper");
    }
}
