using System.Net;
using CertEngine.Contracts.Accounts;

namespace CertEngine.Server.Web.Metrics;

/// <summary>
/// Who may read <c>/metrics</c>: a caller on this machine (a Prometheus or an operator's <c>curl</c> on the server
/// itself) or a signed-in Admin; everyone else gets 403 ProblemDetails. "On this machine" means the connection comes
/// from a loopback address <b>and</b> carries no <c>X-Forwarded-For</c> or <c>Forwarded</c> header: a reverse proxy on
/// the same machine connects from loopback too, but the request it passes on came from elsewhere. (A proxy listed in
/// <c>CertEngine:Security:KnownProxies</c> has its client's address put in place of its own before this runs.)
/// </summary>
public sealed class MetricsGate(RequestDelegate next)
{
    /// <summary>The refusal's title.</summary>
    public const string Title = "指标仅限本机或管理员读取 (metrics are for this machine or an Admin only)";

    /// <summary>Lets the scrape through, or answers 403.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsLocal(context) || context.User.IsInRole(StaffRoles.Admin))
        {
            await next(context);
            return;
        }

        await TypedResults.Problem(
            title: Title,
            detail: "请在服务器本机读取 /metrics，或以管理员身份登录 (read /metrics on the server itself, or sign in as an Admin)",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }

    /// <summary>Whether the request came straight from this machine: a loopback address and no proxy's forwarding header.</summary>
    public static bool IsLocal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
            && !context.Request.Headers.ContainsKey("X-Forwarded-For") && !context.Request.Headers.ContainsKey("Forwarded");
    }
}
