namespace CertEngine.Contracts.Accounts;

/// <summary>How a staff member's user name becomes the key of their <see cref="IStaffAccountGrain"/>.</summary>
public static class StaffAccountKey
{
    /// <summary>The key of the account named <paramref name="userName"/>: trimmed, lower case (user names ignore case).</summary>
    /// <param name="userName">The user name as typed.</param>
    public static string Of(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToLowerInvariant();
    }
}
