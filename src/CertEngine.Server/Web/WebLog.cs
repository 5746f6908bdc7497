namespace CertEngine.Server.Web;

internal static partial class WebLog
{
    [LoggerMessage(EventId = 7301, Level = LogLevel.Debug, Message = "Unreadable request {Method} {Path} answered {StatusCode}: {Problem}")]
    public static partial void UnreadableRequest(this ILogger logger, string method, string path, int statusCode, string problem);
}
