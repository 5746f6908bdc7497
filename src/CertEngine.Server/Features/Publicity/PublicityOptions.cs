using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Features.Publicity;

/// <summary>成绩公示 settings (<c>CertEngine:Publicity</c>): how many objections one client address may lodge per window.</summary>
public sealed class PublicityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Publicity";

    /// <summary>Objections one address may lodge per window (default 5).</summary>
    [Range(1, 10_000)]
    public int ObjectionsPerWindow { get; set; } = 5;

    /// <summary>The window, in minutes (default 10).</summary>
    [Range(1, 24 * 60)]
    public int ObjectionWindowMinutes { get; set; } = 10;
}
