using CertEngine.Contracts.Security;

namespace CertEngine.Server.Web.SecurityEvents;

/// <summary>Log messages of the security-event recorder (EventIds 9100–9199).</summary>
internal static partial class SecurityEventLog
{
    [LoggerMessage(EventId = 9100, Level = LogLevel.Information, Message = "Security event {Kind} ×{Count}: actor '{Actor}', subject '{Subject}', source {Source}")]
    public static partial void SecurityEvent(this ILogger logger, SecurityEventKind kind, int count, string actor, string subject, string source);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Security event log unreachable; {Count} events kept for the next hand-over")]
    public static partial void LogUnreachable(this ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Server stopping: {Count} security events could not reach the log")]
    public static partial void LostAtShutdown(this ILogger logger, int count);
}
