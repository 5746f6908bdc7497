namespace CertEngine.Server.Features.Verification;

internal static partial class VerificationLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Certificate {Number} presented with a forged token: {Reason}")]
    public static partial void ForgedToken(this ILogger logger, string number, string reason);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Debug, Message = "Certificate verification of {Number}: {Outcome} ({Channel})")]
    public static partial void Verified(this ILogger logger, string number, string outcome, string channel);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Verification rate limit reached for a client on {Path}")]
    public static partial void RateLimited(this ILogger logger, string path);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning,
        Message = "The verification tally of {Day} could not be reached; {Lookups} lookups wait for the next hand-over")]
    public static partial void TallyUnreachable(this ILogger logger, Exception exception, DateOnly day, long lookups);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning,
        Message = "Server stopping: {Lookups} certificate lookups could not be added to the daily tally")]
    public static partial void UncountedAtShutdown(this ILogger logger, long lookups);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Debug, Message = "{Lookups} certificate lookups handed to the verification tally of {Day}")]
    public static partial void HandedOver(this ILogger logger, DateOnly day, long lookups);
}
