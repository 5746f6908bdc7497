using System.Text.RegularExpressions;

namespace CertEngine.Domain.Accounts;

/// <summary>What a staff account must be: a user name of 3–32 letters, digits or . _ -, a display name, known roles.</summary>
public static partial class StaffAccountRules
{
    /// <summary>The longest display name.</summary>
    public const int MaxDisplayName = 64;

    /// <summary>Why an account cannot be created as given, or null.</summary>
    /// <param name="userName">The user name as typed.</param>
    /// <param name="displayName">The display name as typed.</param>
    /// <param name="roles">The roles asked for.</param>
    /// <param name="knownRoles">Every role this version knows.</param>
    public static Refused<AccountRefusal>? Check(string userName, string displayName, IReadOnlyList<string> roles, IReadOnlyCollection<string> knownRoles)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return !UserNamePattern().IsMatch(userName.Trim()) ? AccountRefusal.UserNameMalformed
            : string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > MaxDisplayName ? AccountRefusal.DisplayNameInvalid
            : Roles(roles, knownRoles);
    }

    /// <summary>Why a set of roles cannot be given, or null: at least one, each known.</summary>
    public static Refused<AccountRefusal>? Roles(IReadOnlyList<string> roles, IReadOnlyCollection<string> knownRoles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(knownRoles);
        return roles.Count == 0 ? AccountRefusal.NoRole
            : roles.FirstOrDefault(r => !knownRoles.Contains(r)) is { } unknown ? Refused.Of(AccountRefusal.UnknownRole, unknown, string.Join(", ", knownRoles))
            : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{3,32}$")]
    private static partial Regex UserNamePattern();
}
