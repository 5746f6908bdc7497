using CertEngine.Contracts.Security;
using CertEngine.Server.Hosting.Options;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Security;

/// <summary>
/// Refuses, with 403, every state-changing request (any method but GET, HEAD, OPTIONS and TRACE: JSON, multipart, forms
/// and body-less POSTs alike, API and pages alike) that a browser sent from a page of another origin.
/// </summary>
/// <remarks>
/// The cookie is SameSite=Strict, but "site" is the registrable domain: a page on another port of this host or on a
/// sibling subdomain is the same site, so its forged requests carry the staff member's cookie. The browser names the
/// page that sent a request in headers a page cannot set: <c>Sec-Fetch-Site</c> (<c>cross-site</c> or <c>same-site</c>
/// is refused) and <c>Origin</c> (<c>null</c>, or anything but this request's own scheme://host:port, the
/// <c>PublicBaseUrl</c>'s origin or an <see cref="SecurityOptions.AllowedOrigins"/> entry, is refused). A request with
/// neither header comes from a script or the load driver, not from a page, and goes on.
/// </remarks>
public sealed class CrossSiteRequestGate
{
    /// <summary>The refusal's title, Chinese first.</summary>
    public const string Title = "请求来自其他网站，已拒绝 (request from another site refused)";

    private readonly RequestDelegate _next;
    private readonly HashSet<RequestOrigin> _allowed;
    private readonly IProblemDetailsService _problems;
    private readonly ILogger<CrossSiteRequestGate> _logger;
    private readonly SecurityEventRecorder _events;

    /// <summary>Reads the allowed origins once: the options are validated at start and do not change.</summary>
    public CrossSiteRequestGate(
        RequestDelegate next, IOptions<SecurityOptions> security, IOptions<CertEngineOptions> server, IProblemDetailsService problems,
        ILogger<CrossSiteRequestGate> logger, SecurityEventRecorder events)
    {
        ArgumentNullException.ThrowIfNull(security);
        ArgumentNullException.ThrowIfNull(server);
        _next = next;
        _problems = problems;
        _logger = logger;
        _events = events;
        _allowed = [.. security.Value.AllowedOrigins.Append(server.Value.PublicBaseUrl).Select(RequestOrigin.Parse).OfType<RequestOrigin>()];
    }

    /// <summary>Passes the request on, or answers 403 when a page of another origin sent it.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || HttpMethods.IsTrace(request.Method) || !IsForeign(request))
        {
            return _next(context);
        }

        return RefuseAsync(context);
    }

    /// <summary>Whether a browser says a page of another origin sent <paramref name="request"/>.</summary>
    public bool IsForeign(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Equals("cross-site", StringComparison.OrdinalIgnoreCase) || fetchSite.Equals("same-site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var origins = request.Headers.Origin;
        if (origins.Count == 0)
        {
            return false;
        }

        // "null" (a sandboxed frame, a file, a cross-origin redirect) parses as no origin and is refused with the rest.
        return origins.Count > 1
            || RequestOrigin.Parse(origins.ToString()) is not { } origin
            || (origin != RequestOrigin.Of(request) && !_allowed.Contains(origin));
    }

    private async Task RefuseAsync(HttpContext context)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        // The refusal is a security event (with the client address, for the Admin) and a log entry without the address,
        // which is personal data. The gate runs before authentication, so the event names no user.
        _events.Record(SecurityEventKind.ForeignOrigin, context, $"{request.Method} {request.Path.Value} from {(origin.Length > 100 ? origin[..100] : origin)}", "");
        _logger.CrossSiteRequestRefused(request.Method, request.Path.Value ?? "", origin.Length > 200 ? origin[..200] : origin,
            request.Headers["Sec-Fetch-Site"].ToString());
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await _problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = Title,
                Detail = "此操作只能在本系统自己的页面上进行，请直接打开本系统的网址再试 (this can only be done from this server's own pages; open its address directly and try again)",
            },
        });
    }
}
