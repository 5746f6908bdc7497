namespace CertEngine.Server.Web.Security;

/// <summary>Log entries of the web security area (EventIds 7400–7499).</summary>
internal static partial class SecurityLog
{
    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning,
        Message = "Refused {Method} {Path} sent by a page of another site: Origin '{Origin}', Sec-Fetch-Site '{FetchSite}'")]
    public static partial void CrossSiteRequestRefused(this ILogger logger, string method, string path, string origin, string fetchSite);
}
