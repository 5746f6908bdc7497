using CertEngine.Contracts.Accounts;

namespace CertEngine.Grains.Accounts;

/// <summary>The stored staff account: its public form, the password hash and the security stamp.</summary>
[GenerateSerializer, Alias("certengine.StaffAccountState")]
public sealed class StaffAccountState
{
    /// <summary>The account, or <see langword="null"/> before creation.</summary>
    [Id(0)] public StaffAccount? Account { get; set; }

    /// <summary>ASP.NET Core Identity's password hash.</summary>
    [Id(1)] public string PasswordHash { get; set; } = "";

    /// <summary>Changes whenever the password or the roles change.</summary>
    [Id(2)] public string SecurityStamp { get; set; } = "";

    /// <summary>Wrong passwords since the last successful sign-in or lockout.</summary>
    [Id(3)] public int FailedSignIns { get; set; }

    /// <summary>Until when sign-in is refused after repeated failures; <see langword="null"/> when not locked.</summary>
    [Id(4)] public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The open sign-ins (random ids the cookies carry), oldest first; signing out removes one.</summary>
    [Id(5)] public List<string> Sessions { get; set; } = [];
}
