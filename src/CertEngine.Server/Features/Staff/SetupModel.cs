using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts.Accounts;
using CertEngine.Domain.Accounts;
using CertEngine.Grains.Replies;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CertEngine.Server.Features.Staff;

/// <summary>
/// <c>/setup?token=…</c>: the one-time link the server prints at its first start creates the first Admin (the same rules as
/// <c>POST /api/setup</c>), then signs them in. Once used, the link is spent and the page says so.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.SignInLimit)]
public sealed class SetupModel(SetupToken setup, StaffSignIn signIn, IPasswordHasher<StaffAccount> hasher, PasswordPolicy policy) : PageModel
{
    /// <summary>The token of the printed link.</summary>
    [BindProperty(SupportsGet = true), Required(ErrorMessage = "初始化链接不完整"), StringLength(100)]
    public string? Token { get; set; }

    /// <summary>用户名 of the first Admin.</summary>
    [BindProperty, Required(ErrorMessage = "请填写用户名"), StringLength(32)]
    public string? UserName { get; set; }

    /// <summary>姓名 as pages show it.</summary>
    [BindProperty, Required(ErrorMessage = "请填写姓名"), StringLength(64)]
    public string? DisplayName { get; set; }

    /// <summary>The password.</summary>
    [BindProperty, DataType(DataType.Password), Required(ErrorMessage = "请设置密码")]
    [StringLength(PasswordPolicy.MaxLength, ErrorMessage = "密码过长")]
    public string? Password { get; set; }

    /// <summary>The password again.</summary>
    [BindProperty, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致")]
    public string? ConfirmPassword { get; set; }

    /// <summary>Why the setup was refused, when it was.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Creates the first Admin and signs them in.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && policy.Check(Password!, UserName) is { } weak)
        {
            ModelState.AddModelError(nameof(Password), PasswordText.Of(weak));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var admin = new NewStaffAccount(UserName!.Trim(), DisplayName!.Trim(), [StaffRoles.Admin]);
        var reply = StaffAccountRules.Check(admin.UserName, admin.DisplayName, admin.Roles, StaffRoles.All) is { } problem
            ? RefusalCodes.Refuse(problem)
            : await setup.CompleteAsync(Token!, admin, hasher.HashPassword(null!, Password!));
        if (!reply.Accepted)
        {
            Refusal = RefusalWords.Bilingual(reply);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return await signIn.SignInAsync(HttpContext, admin.UserName, Password!) is { } account
            ? LocalRedirect(StaffSignIn.HomeOf(account.Roles))
            : LocalRedirect("/sign-in");
    }
}
