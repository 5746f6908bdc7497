using Microsoft.Net.Http.Headers;

namespace CertEngine.Server.Web.Security;

/// <summary>
/// The headers every answer carries (pages, JSON, files, errors): a Content-Security-Policy, <c>nosniff</c>, framing
/// refused, a referrer policy; and, on everything but static files, <c>Cache-Control: no-store</c> unless the endpoint
/// chose its own caching.
/// </summary>
/// <remarks>
/// No-store by default because almost every answer is somebody's: a paper, an access code, a roster, a staff list. A
/// shared computer in an exam room must not keep them in its cache, and a proxy must not hand them to the next person.
/// Endpoints whose answers are public and stable (the JWKS) set their own <c>Cache-Control</c>, which is kept.
/// </remarks>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// <c>same-origin</c>, not <c>no-referrer</c>: the browser sends no address (certificate tokens are in addresses) to
    /// other sites, and under <c>no-referrer</c> it would send <c>Origin: null</c> on our own POSTs, which
    /// <see cref="CrossSiteRequestGate"/> refuses.
    /// </summary>
    public const string ReferrerPolicy = "same-origin";

    /// <summary>Adds the headers as the answer starts, whichever middleware or endpoint writes it.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state => Add((HttpContext)state), context);
        return next(context);
    }

    private static Task Add(HttpContext context)
    {
        var headers = context.Response.Headers;
        var endpoint = context.GetEndpoint();
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = endpoint?.Metadata.GetMetadata<ContentSecurityPolicyAttribute>()?.Policy ?? ContentSecurityPolicies.Pages;
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        if (endpoint is not null && !headers.ContainsKey(HeaderNames.CacheControl))
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
