namespace CertEngine.Grains.Attempts;

/// <summary>Log entries of theory attempts (2100–2199). Never answers or keys.</summary>
internal static partial class AttemptLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Attempt {AttemptId} prepared with {Questions} questions")]
    public static partial void Prepared(this ILogger logger, string attemptId, int questions);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Attempt {AttemptId} submitted by {Actor}")]
    public static partial void Submitted(this ILogger logger, string attemptId, string actor);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Attempt {AttemptId} cannot be prepared: {Problem}")]
    public static partial void PrepareRefused(this ILogger logger, string attemptId, string problem);
}
