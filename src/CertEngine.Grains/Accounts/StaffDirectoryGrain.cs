using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts;
using CertEngine.Domain.Accounts;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Replies;

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
            return RefusalCodes.Refuse<AccountRefusal>(AccountRefusal.SetupClosed);
        }

        if (S.SetupTokenHash is { } earlier)
        {
            S.EarlierSetupTokenHashes.Add(earlier);
            S.EarlierSetupTokenHashes.RemoveRange(0, Math.Max(0, S.EarlierSetupTokenHashes.Count - StaffDirectoryState.MaxEarlierSetupTokens));
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
            return RefusalCodes.Refuse<AccountRefusal>(AccountRefusal.SetupSpent);
        }

        var armed = S.EarlierSetupTokenHashes.Append(S.SetupTokenHash).OfType<string>();
        if (!armed.Any(hash => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(tokenHash))))
        {
            return RefusalCodes.Refuse<AccountRefusal>(AccountRefusal.SetupTokenInvalid);
        }

        S.SetupTokenHash = null;
        S.EarlierSetupTokenHashes.Clear();
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, "staff/setup", "setup", "staff.setup-claimed", "first start");
        return CommandReply.Ok;
    }
}
