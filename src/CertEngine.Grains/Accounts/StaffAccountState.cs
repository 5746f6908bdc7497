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
}
