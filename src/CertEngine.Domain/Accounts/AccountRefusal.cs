namespace CertEngine.Domain.Accounts;

/// <summary>Why a staff account or the first-start setup refuses a request. Nothing changed.</summary>
public enum AccountRefusal
{
    /// <summary>The user name is not 3–32 letters, digits or . _ -.</summary>
    UserNameMalformed,

    /// <summary>The display name is empty or longer than 64 characters.</summary>
    DisplayNameInvalid,

    /// <summary>An account needs at least one role.</summary>
    NoRole,

    /// <summary>A role this version does not know. Args: the role, the known roles comma-separated.</summary>
    UnknownRole,

    /// <summary>The user name is taken.</summary>
    UserNameTaken,

    /// <summary>The user name does not match this account record.</summary>
    UserNameMismatch,

    /// <summary>No such account.</summary>
    NoSuchAccount,

    /// <summary>The last enabled Admin cannot lose the role.</summary>
    LastAdminRole,

    /// <summary>The last enabled Admin cannot be disabled.</summary>
    LastAdminDisabled,

    /// <summary>An Admin exists: setup is closed.</summary>
    SetupClosed,

    /// <summary>An Admin exists: the setup link is spent.</summary>
    SetupSpent,

    /// <summary>The setup token is wrong, spent or replaced.</summary>
    SetupTokenInvalid,
}
