using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Hosting.Options;

/// <summary>How each server keeps its copy of the stored certificate signing keys fresh (section <c>CertEngine:Keys</c>).</summary>
public sealed class KeyRingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Keys";

    /// <summary>
    /// Time between reads of the key table. After <c>keys rotate</c> every server publishes the new key and signs with
    /// it within this time. Default 1 minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The shortest time between two extra reads caused by a token naming a key id this server does not know (a key
    /// another server already signs with, or a forgery): bounds what a flood of forged tokens costs the database.
    /// Default 2 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan UnknownKeyRefreshSpacing { get; set; } = TimeSpan.FromSeconds(2);
}
