namespace CertEngine.Server.Verification;

internal static partial class VerificationLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Certificate {Number} presented with a forged token: {Reason}")]
    public static partial void ForgedToken(this ILogger logger, string number, string reason);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Debug, Message = "Certificate verification of {Number}: {Outcome} ({Channel})")]
    public static partial void Verified(this ILogger logger, string number, string outcome, string channel);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Verification rate limit reached for a client on {Path}")]
    public static partial void RateLimited(this ILogger logger, string path);
}
