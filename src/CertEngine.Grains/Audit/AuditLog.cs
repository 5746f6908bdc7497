namespace CertEngine.Grains.Audit;

/// <summary>Log messages of the audit log (EventIds 2900–2999).</summary>
internal static partial class AuditLog
{
    [LoggerMessage(EventId = 2900, Level = LogLevel.Information, Message = "Audit anchor written: {Hash}")]
    public static partial void AnchorWritten(this ILogger logger, string hash);

    [LoggerMessage(EventId = 2901, Level = LogLevel.Information, Message = "Moved {Count} audit trails of an older release into the audit log")]
    public static partial void LegacyTrailsMoved(this ILogger logger, int count);

    [LoggerMessage(EventId = 2902, Level = LogLevel.Warning, Message = "Record store start-up (anchor reminder, older trails and certificates) failed on attempt {Attempt}; retrying")]
    public static partial void StartupRetry(this ILogger logger, Exception exception, int attempt);

    [LoggerMessage(EventId = 2903, Level = LogLevel.Information, Message = "Handed {Certificates} certificates and {Candidates} candidates of an older release to the record store")]
    public static partial void LegacyRecordsMoved(this ILogger logger, int certificates, int candidates);

    [LoggerMessage(EventId = 2904, Level = LogLevel.Information, Message = "Wrote {Tickets} admission tickets of {Sittings} sittings scheduled before the tickets table into the record store")]
    public static partial void TicketsBackfilled(this ILogger logger, int tickets, int sittings);
}
