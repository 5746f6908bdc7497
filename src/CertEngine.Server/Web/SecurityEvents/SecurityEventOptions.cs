using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Web.SecurityEvents;

/// <summary>How each server keeps security events before handing them to the cluster's log (<see cref="SecurityEventRecorder"/>).</summary>
public sealed class SecurityEventOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:SecurityEvents";

    /// <summary>Seconds between hand-overs to the log.</summary>
    [Range(1, 300)]
    public int FlushSeconds { get; set; } = 5;

    /// <summary>How many distinct events (kind, actor, subject, source) one server holds between hand-overs; more are only counted.</summary>
    [Range(10, 100_000)]
    public int MaxPending { get; set; } = 2_000;
}
