using CertEngine.Contracts.Accounts;
using CertEngine.Contracts;
using CertEngine.Domain.Accounts;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Accounts;

/// <summary>One staff account; every change is audited and mirrored into the staff directory.</summary>
public sealed class StaffAccountGrain(
    [PersistentState("staff-account", StorageNames.Exams)] IPersistentState<StaffAccountState> state,
    TimeProvider clock) : Grain, IStaffAccountGrain
{
    private StaffAccountState S => state.State;

    private string Subject => "staff/" + this.GetPrimaryKeyString();

    private IStaffDirectoryGrain Directory => GrainFactory.GetGrain<IStaffDirectoryGrain>(IStaffDirectoryGrain.Key);

    /// <inheritdoc />
    public async Task<CommandReply> CreateAsync(NewStaffAccount account, string passwordHash, string actor)
    {
        if (S.Account is not null)
        {
            return Refuse(AccountRefusal.UserNameTaken);
        }

        if (StaffAccountRules.Check(account.UserName, account.DisplayName, account.Roles, StaffRoles.All) is { } problem)
        {
            return RefusalCodes.Refuse(problem);
        }

        if (StaffAccountKey.Of(account.UserName) != this.GetPrimaryKeyString())
        {
            return Refuse(AccountRefusal.UserNameMismatch);
        }

        S.Account = new StaffAccount(account.UserName.Trim(), account.DisplayName.Trim(), account.Roles.Distinct().ToList(), false, clock.GetUtcNow(), account.External);
        S.PasswordHash = passwordHash;
        S.SecurityStamp = Guid.NewGuid().ToString("N");
        await state.WriteStateAsync();
        await Directory.RecordAsync(S.Account);
        await GrainFactory.AuditAsync(clock, Subject, actor, "staff.created", "", string.Join(",", S.Account.Roles) + (account.External ? "; external" : ""));
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public Task<StaffAccount?> GetAsync() => Task.FromResult(S.Account);

    /// <inheritdoc />
    public Task<StaffCredential?> GetCredentialAsync() =>
        Task.FromResult(S.Account is { } account ? new StaffCredential(account, S.PasswordHash, S.SecurityStamp, LockedUntilNow()) : null);

    /// <inheritdoc />
    public async Task<StaffLockout> RecordFailedSignInAsync(int maxFailures, TimeSpan lockout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        if (S.Account is null)
        {
            return StaffLockout.Open;
        }

        if (LockedUntilNow() is { } until)
        {
            return new StaffLockout(true, false, until);
        }

        S.FailedSignIns++;
        if (S.FailedSignIns < maxFailures)
        {
            await state.WriteStateAsync();
            return StaffLockout.Open;
        }

        S.FailedSignIns = 0;
        S.LockedUntil = clock.GetUtcNow() + lockout;
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, "system", "staff.locked", $"{maxFailures} wrong passwords", $"until {S.LockedUntil:O}");
        return new StaffLockout(true, true, S.LockedUntil);
    }

    /// <inheritdoc />
    public async Task<string?> OpenSessionAsync(string securityStamp)
    {
        if (S.Account is not { Disabled: false } || S.SecurityStamp != securityStamp || LockedUntilNow() is not null)
        {
            return null;
        }

        var id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        S.FailedSignIns = 0;
        S.LockedUntil = null;
        S.Sessions.Add(id);
        if (S.Sessions.Count > IStaffAccountGrain.MaxSessions)
        {
            S.Sessions.RemoveRange(0, S.Sessions.Count - IStaffAccountGrain.MaxSessions);
        }

        await state.WriteStateAsync();
        return id;
    }

    /// <inheritdoc />
    public async Task CloseSessionAsync(string sessionId)
    {
        if (S.Sessions.Remove(sessionId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<bool> IsSessionOpenAsync(string securityStamp, string sessionId) =>
        Task.FromResult(S.Account is { Disabled: false } && S.SecurityStamp == securityStamp && S.Sessions.Contains(sessionId, StringComparer.Ordinal));

    /// <inheritdoc />
    public async Task<CommandReply> SetPasswordAsync(string passwordHash, string actor)
    {
        if (S.Account is null)
        {
            return Refuse(AccountRefusal.NoSuchAccount);
        }

        S.PasswordHash = passwordHash;
        S.SecurityStamp = Guid.NewGuid().ToString("N");
        // A new password ends every sign-in made with the old one.
        S.Sessions.Clear();
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, "staff.password-changed", "");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> SetRolesAsync(IReadOnlyList<string> roles, string actor, string reason)
    {
        if (S.Account is not { } account)
        {
            return Refuse(AccountRefusal.NoSuchAccount);
        }

        if (StaffAccountRules.Roles(roles, StaffRoles.All) is { } problem)
        {
            return RefusalCodes.Refuse(problem);
        }

        if (account.Roles.Contains(StaffRoles.Admin) && !roles.Contains(StaffRoles.Admin) && !await Directory.HasEnabledAdminAsync(account.UserName))
        {
            return Refuse(AccountRefusal.LastAdminRole);
        }

        return await ChangeAsync(account with { Roles = roles.Distinct().ToList() }, actor, "staff.roles-changed", reason, string.Join(",", roles));
    }

    /// <inheritdoc />
    public async Task<CommandReply> SetDisabledAsync(bool disabled, string actor, string reason)
    {
        if (S.Account is not { } account)
        {
            return Refuse(AccountRefusal.NoSuchAccount);
        }

        if (disabled && account.Roles.Contains(StaffRoles.Admin) && !await Directory.HasEnabledAdminAsync(account.UserName))
        {
            return Refuse(AccountRefusal.LastAdminDisabled);
        }

        return await ChangeAsync(account with { Disabled = disabled }, actor, disabled ? "staff.disabled" : "staff.enabled", reason, "");
    }

    /// <inheritdoc />
    public async Task<CommandReply> SetExternalAsync(bool external, string actor, string reason)
    {
        if (S.Account is not { } account)
        {
            return Refuse(AccountRefusal.NoSuchAccount);
        }

        if (account.External == external)
        {
            return CommandReply.Ok;
        }

        // Who the person is answerable to changes, not what they may do: their sign-ins stay open.
        S.Account = account with { External = external };
        await state.WriteStateAsync();
        await Directory.RecordAsync(S.Account);
        await GrainFactory.AuditAsync(clock, Subject, actor, "staff.affiliation-changed", reason, external ? "external" : "internal");
        return CommandReply.Ok;
    }

    private async Task<CommandReply> ChangeAsync(StaffAccount changed, string actor, string action, string reason, string details)
    {
        S.Account = changed;
        S.SecurityStamp = Guid.NewGuid().ToString("N");
        S.Sessions.Clear();
        await state.WriteStateAsync();
        await Directory.RecordAsync(changed);
        await GrainFactory.AuditAsync(clock, Subject, actor, action, reason, details);
        return CommandReply.Ok;
    }

    private DateTimeOffset? LockedUntilNow() => S.LockedUntil is { } until && until > clock.GetUtcNow() ? until : null;

    private static CommandReply Refuse(AccountRefusal reason) => RefusalCodes.Refuse<AccountRefusal>(reason);
}
