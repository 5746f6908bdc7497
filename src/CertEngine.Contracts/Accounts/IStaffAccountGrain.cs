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

    /// <summary>
    /// Counts a wrong password; at <paramref name="maxFailures"/> in a row the account is locked for <paramref name="lockout"/>.
    /// A failure while locked is not counted (the lock does not grow). Nothing is stored for a name without an account.
    /// </summary>
    Task<StaffLockout> RecordFailedSignInAsync(int maxFailures, TimeSpan lockout);

    /// <summary>
    /// Opens a sign-in after a right password: clears the failure count and returns a new sign-in id for the cookie, or
    /// <see langword="null"/> when the account is gone, disabled, locked, or its stamp is no longer <paramref name="securityStamp"/>.
    /// The account keeps its newest <see cref="MaxSessions"/> sign-ins; an older one ends.
    /// </summary>
    Task<string?> OpenSessionAsync(string securityStamp);

    /// <summary>Ends one sign-in (signing out): its cookie is refused from then on, wherever it is kept.</summary>
    Task CloseSessionAsync(string sessionId);

    /// <summary>Whether a cookie's sign-in still stands: the account enabled, the stamp unchanged and the sign-in open.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<bool> IsSessionOpenAsync(string securityStamp, string sessionId);

    /// <summary>How many sign-ins an account keeps open at once.</summary>
    const int MaxSessions = 32;

    /// <summary>Replaces the password hash (and the security stamp).</summary>
    Task<CommandReply> SetPasswordAsync(string passwordHash, string actor);

    /// <summary>Replaces the roles; refused when one is unknown or when it would leave no enabled Admin.</summary>
    Task<CommandReply> SetRolesAsync(IReadOnlyList<string> roles, string actor, string reason);

    /// <summary>Marks the person internal or external (内部 / 外部, e.g. a 督导员 sent by the authority); audited. Sign-ins stay open.</summary>
    Task<CommandReply> SetExternalAsync(bool external, string actor, string reason);

    /// <summary>Disables or re-enables the account; refused when it would leave no enabled Admin.</summary>
    Task<CommandReply> SetDisabledAsync(bool disabled, string actor, string reason);
}
