using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Features.Publicity;

/// <summary>
/// 成绩公示 settings (<c>CertEngine:Publicity</c>): how many objections one client address may lodge per window, and how
/// far ahead the working-day calendar must reach before the server warns that it ends.
/// </summary>
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

    /// <summary>
    /// The server warns at start when the working-day calendar does not reach this many days past today (default 60):
    /// a 公示 period that runs past the calendar's last year is refused, so the next year's holidays must be added first.
    /// </summary>
    [Range(0, 366)]
    public int CalendarWarningDays { get; set; } = 60;
}
