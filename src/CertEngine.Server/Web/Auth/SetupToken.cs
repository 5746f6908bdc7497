using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// The one-time token of the first start: while no Admin exists, the server arms a fresh random token (only its SHA-256
/// is stored) and prints the setup link; whoever opens it creates the first Admin. There is no default password.
/// </summary>
public sealed class SetupToken(IGrainFactory grains)
{
    /// <summary>Arms a new token and returns it, or <see langword="null"/> when an Admin exists (setup is closed).</summary>
    public async Task<string?> ArmAsync()
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        var reply = await Directory.ArmSetupAsync(HashOf(token));
        return reply.Accepted ? token : null;
    }

    /// <summary>
    /// Creates the first Admin if <paramref name="token"/> is the armed one. The account must already be valid: the token
    /// is spent first, so two browsers racing with the same link create one Admin.
    /// </summary>
    public async Task<CommandReply> CompleteAsync(string token, NewStaffAccount admin, string passwordHash)
    {
        var claimed = await Directory.ClaimSetupAsync(HashOf(token));
        return claimed.Accepted
            ? await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(admin.UserName)).CreateAsync(admin, passwordHash, "setup")
            : claimed;
    }

    /// <summary>The stored form of a token: SHA-256, lower-case hex.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));

    private IStaffDirectoryGrain Directory => grains.GetGrain<IStaffDirectoryGrain>(IStaffDirectoryGrain.Key);
}
