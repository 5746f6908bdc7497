using System.Net;
using Microsoft.AspNetCore.Authentication;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// The sign-in cookie is always HttpOnly and SameSite=Strict, and Secure unless the browser talks to the server on
/// loopback: a centre serving candidates' machines over its network must use HTTPS (Kestrel certificate or a reverse
/// proxy), while <c>http://127.0.0.1:5080</c> on the server itself keeps working.
/// </summary>
public sealed class LoopbackAwareCookieBuilder : RequestPathBaseCookieBuilder
{
    /// <inheritdoc />
    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        options.Secure = context.Request.IsHttps || !IsLoopback(context.Request.Host.Host);
        return options;
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
