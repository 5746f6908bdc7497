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

    /// <summary>
    /// Tokens armed before <see cref="SetupTokenHash"/> since the last claim, newest last, at most
    /// <see cref="MaxEarlierSetupTokens"/>: every silo of a cluster arms its own at start and prints its own link, and each
    /// printed link must work. A claim spends them all.
    /// </summary>
    [Id(2)] public List<string> EarlierSetupTokenHashes { get; set; } = [];

    /// <summary>The most earlier tokens kept (a cluster's silos starting together, and restarts before setup).</summary>
    public const int MaxEarlierSetupTokens = 8;
}
