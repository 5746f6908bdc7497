namespace CertEngine.Contracts.Accounts;

/// <summary>
/// The list of staff accounts and the first-start setup. One per deployment: key <see cref="Key"/>. Only staff
/// administration touches it, never an exam's hot path.
/// </summary>
public interface IStaffDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The only key.</summary>
    const string Key = "staff";

    /// <summary>Every account, by user name.</summary>
    Task<IReadOnlyList<StaffAccount>> ListAsync();

    /// <summary>Records an account's current form (called by the account grain on every change).</summary>
    Task RecordAsync(StaffAccount account);

    /// <summary>Whether an enabled Admin other than <paramref name="exceptUserName"/> exists.</summary>
    Task<bool> HasEnabledAdminAsync(string? exceptUserName = null);

    /// <summary>
    /// Stores the SHA-256 (hex) of a new one-time setup token, replacing any earlier one; refused once an Admin exists.
    /// </summary>
    Task<CommandReply> ArmSetupAsync(string tokenHash);

    /// <summary>
    /// Spends the armed token when <paramref name="tokenHash"/> matches it, so exactly one caller may then create the
    /// first Admin; refused when an Admin exists or the token does not match.
    /// </summary>
    Task<CommandReply> ClaimSetupAsync(string tokenHash);
}
