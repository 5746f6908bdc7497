using System.Net;
using Microsoft.AspNetCore.Authentication;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// The sign-in cookie is always HttpOnly and SameSite=Strict, and Secure unless the browser talks to the server on
/// loopback: a centre serving candidates' machines over its network must use HTTPS (Kestrel certificate or a reverse
/// proxy), while <c>http://127.0.0.1:5080</c> on the server itself keeps working.
/// </summary>
/// <remarks>
/// Loopback is decided by the connection, never by the <c>Host</c> header: any client can send <c>Host: localhost</c>
/// over the network. Behind a reverse proxy the connection comes from the proxy; with the proxy listed in
/// <c>CertEngine:Security:KnownProxies</c> the request carries the browser's address and scheme instead. A request
/// without a network connection (in-process test server, Unix socket) counts as local.
/// </remarks>
public sealed class LoopbackAwareCookieBuilder : RequestPathBaseCookieBuilder
{
    /// <inheritdoc />
    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = base.Build(context, expiresFrom);
        options.Secure = context.Request.IsHttps || !IsLoopback(context.Connection.RemoteIpAddress);
        return options;
    }

    private static bool IsLoopback(IPAddress? remote) =>
        remote is null || IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);
}
