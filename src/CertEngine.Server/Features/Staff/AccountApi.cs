using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts.Accounts;
using CertEngine.Domain.Accounts;
using CertEngine.Grains.Replies;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace CertEngine.Server.Features.Staff;

/// <summary>First-start setup, staff sign-in and sign-out, and staff account administration (Admin).</summary>
public static class AccountApi
{
    /// <summary>A password's length bounds (characters, inclusive): <see cref="PasswordPolicy"/>'s.</summary>
    public const int MinPasswordLength = PasswordPolicy.MinLength, MaxPasswordLength = PasswordPolicy.MaxLength;

    /// <summary>Creates the first Admin with the one-time token the server printed.</summary>
    public sealed record SetupRequest(
        [property: Required, StringLength(100)] string Token,
        [property: Required, StringLength(32)] string UserName,
        [property: Required, StringLength(64)] string DisplayName,
        [property: Required, StringLength(MaxPasswordLength)] string Password);

    /// <summary>A staff sign-in.</summary>
    public sealed record SignInRequest(
        [property: Required, StringLength(32)] string UserName,
        [property: Required, StringLength(MaxPasswordLength)] string Password);

    /// <summary>Who is signed in: staff (user name, display name, roles) or candidate (ticket, sitting).</summary>
    public sealed record Me(string Kind, string Name, string DisplayName, IReadOnlyList<string> Roles, string? SessionId);

    /// <summary>A new staff account with its first password.</summary>
    public sealed record CreateStaffRequest(
        [property: Required, StringLength(32)] string UserName,
        [property: Required, StringLength(64)] string DisplayName,
        [property: Required, MinLength(1), MaxLength(5)] IReadOnlyList<string> Roles,
        [property: Required, StringLength(MaxPasswordLength)] string Password,
        bool External = false);

    /// <summary>New roles for an account, with the reason.</summary>
    public sealed record RolesRequest([property: Required, MinLength(1), MaxLength(5)] IReadOnlyList<string> Roles, [property: Required, StringLength(500)] string Reason);

    /// <summary>Disables or re-enables an account, with the reason.</summary>
    public sealed record DisabledRequest(bool Disabled, [property: Required, StringLength(500)] string Reason);

    /// <summary>Marks an account internal or external (内部 / 外部), with the reason.</summary>
    public sealed record ExternalRequest(bool External, [property: Required, StringLength(500)] string Reason);

    /// <summary>Changes one's own password.</summary>
    public sealed record PasswordRequest(
        [property: Required, StringLength(MaxPasswordLength)] string CurrentPassword,
        [property: Required, StringLength(MaxPasswordLength)] string NewPassword);

    /// <summary>Maps the account endpoints.</summary>
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Accounts");
        api.MapPost("/setup", SetUpAsync).AllowAnonymous().RequireRateLimiting(SecuritySetup.SignInLimit);
        api.MapPost("/account/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(SecuritySetup.SignInLimit);
        api.MapPost("/account/sign-out", (Delegate)SignOutAsync).RequireAuthorization();
        api.MapGet("/account/me", GetMe).RequireAuthorization();
        api.MapPut("/account/password", ChangePasswordAsync).RequireAuthorization(AccessPolicies.Staff);

        var staff = api.MapGroup("/staff").RequireAuthorization(AccessPolicies.Admin);
        staff.MapGet("/", ListStaffAsync);
        staff.MapPost("/", CreateStaffAsync);
        staff.MapPut("/{userName}/roles", SetRolesAsync);
        staff.MapPut("/{userName}/disabled", SetDisabledAsync);
        staff.MapPut("/{userName}/external", SetExternalAsync);
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> SetUpAsync(
        SetupRequest request, SetupToken setup, IPasswordHasher<StaffAccount> hasher, PasswordPolicy policy)
    {
        var account = new NewStaffAccount(request.UserName, request.DisplayName, [StaffRoles.Admin]);
        if (StaffAccountRules.Check(account.UserName, account.DisplayName, account.Roles, StaffRoles.All) is { } problem)
        {
            return Replies.Refused(problem.ToReply());
        }

        if (policy.Check(request.Password, request.UserName) is { } weak)
        {
            return Replies.Invalid("password", PasswordText.Of(weak));
        }

        var reply = await setup.CompleteAsync(request.Token, account, hasher.HashPassword(null!, request.Password));
        return reply.Accepted ? TypedResults.NoContent() : Replies.Refused(reply);
    }

    private static async Task<Results<Ok<Me>, ProblemHttpResult>> SignInAsync(SignInRequest request, HttpContext http, StaffSignIn signIn)
    {
        if (await signIn.SignInAsync(http, request.UserName, request.Password) is not { } account)
        {
            return TypedResults.Problem(detail: StaffSignIn.Refusal, statusCode: StatusCodes.Status401Unauthorized, title: "登录失败 (sign-in failed)");
        }

        return TypedResults.Ok(new Me("staff", account.UserName, account.DisplayName, account.Roles, null));
    }

    private static async Task<NoContent> SignOutAsync(HttpContext http)
    {
        await SignInValidator.SignOutAsync(http);
        return TypedResults.NoContent();
    }

    private static Ok<Me> GetMe(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var kind = roles.Contains(CertEngineClaims.CandidateRole) ? "candidate" : "staff";
        return TypedResults.Ok(new Me(kind, user.Actor(), user.FindFirstValue(ClaimTypes.GivenName) ?? user.Actor(), roles, user.FindFirstValue(CertEngineClaims.Session)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> ChangePasswordAsync(
        PasswordRequest request, HttpContext http, StaffPasswords passwords)
    {
        // The stamp moves on success, which ends every sign-in of the account; this browser signs in again.
        var (outcome, weak, reply) = await passwords.ChangeAsync(http, request.CurrentPassword, request.NewPassword);
        return outcome switch
        {
            PasswordChange.Changed => TypedResults.NoContent(),
            PasswordChange.Weak => Replies.Invalid("newPassword", PasswordText.Of(weak!.Value)),
            PasswordChange.WrongCurrent => Replies.Refused("当前密码不正确 (the current password is wrong)"),
            _ => Replies.Refused(reply!),
        };
    }

    private static async Task<Ok<IReadOnlyList<StaffAccount>>> ListStaffAsync(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IStaffDirectoryGrain>(IStaffDirectoryGrain.Key).ListAsync());

    private static async Task<Results<Created<StaffAccount>, ProblemHttpResult, ValidationProblem>> CreateStaffAsync(
        CreateStaffRequest request, ClaimsPrincipal user, IGrainFactory grains, IPasswordHasher<StaffAccount> hasher, PasswordPolicy policy)
    {
        var account = new NewStaffAccount(request.UserName, request.DisplayName, request.Roles, request.External);
        if (StaffAccountRules.Check(account.UserName, account.DisplayName, account.Roles, StaffRoles.All) is { } problem)
        {
            return Replies.Refused(problem.ToReply());
        }

        if (policy.Check(request.Password, request.UserName) is { } weak)
        {
            return Replies.Invalid("password", PasswordText.Of(weak));
        }

        var grain = grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(request.UserName));
        var reply = await grain.CreateAsync(account, hasher.HashPassword(null!, request.Password), user.Actor());
        return reply.Accepted && await grain.GetAsync() is { } created
            ? TypedResults.Created($"/api/staff/{Uri.EscapeDataString(created.UserName)}", created)
            : Replies.Refused(reply);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetRolesAsync(string userName, RolesRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Replies.From(await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(userName)).SetRolesAsync(request.Roles, user.Actor(), request.Reason));

    private static async Task<Results<NoContent, ProblemHttpResult>> SetDisabledAsync(string userName, DisabledRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Replies.From(await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(userName)).SetDisabledAsync(request.Disabled, user.Actor(), request.Reason));

    private static async Task<Results<NoContent, ProblemHttpResult>> SetExternalAsync(string userName, ExternalRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Replies.From(await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(userName)).SetExternalAsync(request.External, user.Actor(), request.Reason));
}
