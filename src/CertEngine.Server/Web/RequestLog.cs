namespace CertEngine.Server.Web;

internal static partial class RequestLog
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Debug, Message = "Unreadable request {Method} {Path}: {StatusCode} ({Reason})")]
    public static partial void UnreadableRequest(this ILogger logger, string method, string path, int statusCode, string reason);
}
