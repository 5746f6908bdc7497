using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// Limits of the public verification (section <c>CertEngine:Verification</c>): each client (by remote IP address) gets
/// <see cref="PermitLimit"/> lookups per <see cref="WindowSeconds"/>, then 429 until the window turns (RULES.md §10:
/// lookups are rate-limited per client, with configurable limits).
/// </summary>
public sealed class VerificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Verification";

    /// <summary>Lookups a client may make per window (default 30).</summary>
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 30;

    /// <summary>The window's length in seconds (default 60).</summary>
    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
