using CertEngine.Contracts.Security;

namespace CertEngine.Server.Web.SecurityEvents;

/// <summary>Recording a security event from a request, the way <c>HttpContext.SignInAsync</c> reaches its handler.</summary>
public static class SecurityEventHttpExtensions
{
    /// <summary>Records <paramref name="kind"/> for this request's caller and address.</summary>
    public static void RecordSecurityEvent(this HttpContext http, SecurityEventKind kind, string? subject = null, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.RequestServices.GetRequiredService<SecurityEventRecorder>().Record(kind, http, subject, actor);
    }
}
