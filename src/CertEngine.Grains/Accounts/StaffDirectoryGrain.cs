using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts;
using CertEngine.Grains.Audit;

namespace CertEngine.Grains.Accounts;

/// <summary>The deployment's staff list and its first-start setup (the one-time token that creates the first Admin).</summary>
public sealed class StaffDirectoryGrain(
    [PersistentState("staff-directory", StorageNames.Exams)] IPersistentState<StaffDirectoryState> state,
    TimeProvider clock) : Grain, IStaffDirectoryGrain
{
    private StaffDirectoryState S => state.State;

    /// <inheritdoc />
    public Task<IReadOnlyList<StaffAccount>> ListAsync() =>
        Task.FromResult<IReadOnlyList<StaffAccount>>(S.Accounts.Values.OrderBy(a => a.UserName, StringComparer.Ordinal).ToList());

    /// <inheritdoc />
    public async Task RecordAsync(StaffAccount account)
    {
        S.Accounts[StaffAccountKey.Of(account.UserName)] = account;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<bool> HasEnabledAdminAsync(string? exceptUserName = null) => Task.FromResult(S.Accounts.Values.Any(a =>
        !a.Disabled && a.Roles.Contains(StaffRoles.Admin)
        && (exceptUserName is null || StaffAccountKey.Of(a.UserName) != StaffAccountKey.Of(exceptUserName))));

    /// <inheritdoc />
    public async Task<CommandReply> ArmSetupAsync(string tokenHash)
    {
        if (await HasEnabledAdminAsync())
        {
            return CommandReply.Refuse("已有管理员，无需初始化 (an Admin exists; setup is closed)");
        }

        S.SetupTokenHash = tokenHash;
        await state.WriteStateAsync();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> ClaimSetupAsync(string tokenHash)
    {
        if (await HasEnabledAdminAsync())
        {
            return CommandReply.Refuse("已有管理员，初始化链接已失效 (an Admin exists; the setup link is spent)");
        }

        if (S.SetupTokenHash is not { } armed || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(armed), Encoding.ASCII.GetBytes(tokenHash)))
        {
            return CommandReply.Refuse("初始化令牌无效或已使用，请使用服务器最近一次启动时打印的链接 (the setup token is wrong, spent or replaced; use the link the server printed at its last start)");
        }

        S.SetupTokenHash = null;
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, "staff/setup", "setup", "staff.setup-claimed", "首次启动初始化 (first start)");
        return CommandReply.Ok;
    }
}
