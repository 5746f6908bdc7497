using CertEngine.Contracts.Accounts;

namespace CertEngine.Grains.Accounts;

/// <summary>The stored staff directory: every account's public form and the armed setup token's hash.</summary>
[GenerateSerializer, Alias("certengine.StaffDirectoryState")]
public sealed class StaffDirectoryState
{
    /// <summary>Accounts by lower-case user name.</summary>
    [Id(0)] public Dictionary<string, StaffAccount> Accounts { get; set; } = [];

    /// <summary>SHA-256 (hex) of the one-time setup token, or <see langword="null"/> when none is armed.</summary>
    [Id(1)] public string? SetupTokenHash { get; set; }
}
