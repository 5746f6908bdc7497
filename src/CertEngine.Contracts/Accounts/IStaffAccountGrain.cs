namespace CertEngine.Contracts.Accounts;

/// <summary>
/// One staff account. Key: the user name in lower case, so one account per name whatever the case typed.
/// The password arrives already hashed: plain passwords never reach a grain or the store.
/// </summary>
public interface IStaffAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; refused when it exists or a role is unknown.</summary>
    Task<CommandReply> CreateAsync(NewStaffAccount account, string passwordHash, string actor);

    /// <summary>The account, or <see langword="null"/> when there is none.</summary>
    Task<StaffAccount?> GetAsync();

    /// <summary>What sign-in checks, or <see langword="null"/> when there is no account.</summary>
    Task<StaffCredential?> GetCredentialAsync();

    /// <summary>Replaces the password hash (and the security stamp).</summary>
    Task<CommandReply> SetPasswordAsync(string passwordHash, string actor);

    /// <summary>Replaces the roles; refused when one is unknown or when it would leave no enabled Admin.</summary>
    Task<CommandReply> SetRolesAsync(IReadOnlyList<string> roles, string actor, string reason);

    /// <summary>Disables or re-enables the account; refused when it would leave no enabled Admin.</summary>
    Task<CommandReply> SetDisabledAsync(bool disabled, string actor, string reason);
}
