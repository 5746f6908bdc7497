namespace CertEngine.Grains.Certificates;

/// <summary>Log entries of the per-silo verification counter (2700–2799).</summary>
internal static partial class VerificationCounterLog
{
    [LoggerMessage(EventId = 2701, Level = LogLevel.Warning,
        Message = "Silo shutting down: {Lookups} certificate lookups of the last hand-over period are not added to the daily tally")]
    public static partial void UncountedAtShutdown(this ILogger logger, long lookups);
}
