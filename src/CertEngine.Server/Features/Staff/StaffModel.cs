using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts;
using CertEngine.Contracts.Accounts;
using CertEngine.Domain.Accounts;
using CertEngine.Grains.Replies;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Staff;

/// <summary>工作人员账户 (Admin only): list, create with roles and a first password, change roles, disable and enable.</summary>
[Authorize(Policy = AccessPolicies.Admin)]
public sealed class StaffModel(IGrainFactory grains, IPasswordHasher<StaffAccount> hasher, PasswordPolicy policy) : PageModel
{
    /// <summary>A new account's user name.</summary>
    [BindProperty, Required(ErrorMessage = "请填写用户名"), StringLength(32)]
    public string? UserName { get; set; }

    /// <summary>A new account's display name.</summary>
    [BindProperty, Required(ErrorMessage = "请填写姓名"), StringLength(64)]
    public string? DisplayName { get; set; }

    /// <summary>A new account's roles.</summary>
    [BindProperty]
    public List<string> Roles { get; set; } = [];

    /// <summary>Whether the new account's holder is external (外部).</summary>
    [BindProperty]
    public bool External { get; set; }

    /// <summary>A new account's first password.</summary>
    [BindProperty, Required(ErrorMessage = "请设置初始密码"),
     StringLength(PasswordPolicy.MaxLength, ErrorMessage = "密码过长")]
    public string? Password { get; set; }

    /// <summary>Every staff account.</summary>
    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    /// <summary>A one-line result of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> reports a refusal.</summary>
    public bool Refused { get; private set; }

    /// <summary>Lists the accounts.</summary>
    public async Task OnGetAsync() => Accounts = await grains.GetGrain<IStaffDirectoryGrain>(IStaffDirectoryGrain.Key).ListAsync();

    /// <summary>Creates an account.</summary>
    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (Roles.Count == 0)
        {
            ModelState.AddModelError(nameof(Roles), ValidationMessages.Of("请至少选择一个角色"));
        }

        if (ModelState.IsValid && policy.Check(Password!, UserName) is { } weak)
        {
            ModelState.AddModelError(nameof(Password), PasswordText.Of(weak));
        }

        if (ModelState.IsValid)
        {
            var account = new NewStaffAccount(UserName!.Trim(), DisplayName!.Trim(), Roles, External);
            var reply = StaffAccountRules.Check(account.UserName, account.DisplayName, account.Roles, StaffRoles.All) is { } problem
                ? RefusalCodes.Refuse(problem)
                : await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(account.UserName)).CreateAsync(account, hasher.HashPassword(null!, Password!), User.Actor());
            Show(reply, "账户已创建 (account created)");
        }

        await OnGetAsync();
        return Page();
    }

    /// <summary>Replaces the roles of <paramref name="account"/>.</summary>
    public async Task<IActionResult> OnPostRolesAsync(string? account, List<string>? roles, string? reason)
    {
        ModelState.Clear();
        Show(Invalid(account, reason) ?? await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(account!)).SetRolesAsync(roles ?? [], User.Actor(), reason!.Trim()),
            "角色已更新 (roles changed)");
        await OnGetAsync();
        return Page();
    }

    /// <summary>Disables or re-enables <paramref name="account"/>.</summary>
    public async Task<IActionResult> OnPostDisabledAsync(string? account, bool disabled, string? reason)
    {
        ModelState.Clear();
        Show(Invalid(account, reason) ?? await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(account!)).SetDisabledAsync(disabled, User.Actor(), reason!.Trim()),
            disabled ? "账户已停用 (account disabled)" : "账户已启用 (account enabled)");
        await OnGetAsync();
        return Page();
    }

    /// <summary>Marks <paramref name="account"/> internal or external.</summary>
    public async Task<IActionResult> OnPostExternalAsync(string? account, bool external, string? reason)
    {
        ModelState.Clear();
        Show(Invalid(account, reason) ?? await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(account!)).SetExternalAsync(external, User.Actor(), reason!.Trim()),
            external ? "已改为外部人员 (marked external)" : "已改为内部人员 (marked internal)");
        await OnGetAsync();
        return Page();
    }

    private static CommandReply? Invalid(string? account, string? reason) =>
        string.IsNullOrWhiteSpace(account) || account.Length > 32 || string.IsNullOrWhiteSpace(reason) || reason.Length > 500
            ? CommandReply.Refuse("请填写原因（不超过 500 字） (give a reason, at most 500 characters)")
            : null;

    private void Show(CommandReply reply, string done) => (Message, Refused) = reply.Accepted ? (done, false) : (RefusalWords.Bilingual(reply), true);
}
