using System.ComponentModel.DataAnnotations;

namespace CertEngine.Grains.Audit;

/// <summary>How the audit log is anchored (<see cref="AuditAnchorGrain"/>).</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Audit";

    /// <summary>Minutes between anchors. A record removed from the end of its chain after the last anchor is only noticed by the next.</summary>
    [Range(1, 24 * 60)]
    public int AnchorMinutes { get; set; } = 10;

    /// <summary>The most chain heads one anchor covers; the rest wait for the next anchor.</summary>
    [Range(1, 1_000_000)]
    public int MaxHeadsPerAnchor { get; set; } = 20_000;
}
