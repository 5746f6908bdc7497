using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// The public verification's rate limit: a fixed window per remote IP address (<see cref="VerificationOptions"/>). A
/// refused API call gets 429 as ProblemDetails; a refused page gets 429 as a short Chinese page (with English).
/// </summary>
internal sealed class VerificationRateLimitPolicy(IOptions<VerificationOptions> options, ILogger<VerificationRateLimitPolicy> logger) : IRateLimiterPolicy<string>
{
    public const string Name = "certificate-verification";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var o = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PermitLimit, Window = TimeSpan.FromSeconds(o.WindowSeconds), QueueLimit = 0 });
    }

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        logger.RateLimited(http.Request.Path);
        Grains.Telemetry.RequestMetrics.Limited(Name);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(
                title: "查询过于频繁，请稍后再试 (too many lookups; try again later)",
                detail: $"每个客户端每 {options.Value.WindowSeconds} 秒最多查询 {options.Value.PermitLimit} 次 (at most {options.Value.PermitLimit} lookups per {options.Value.WindowSeconds} s per client)",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>查询过于频繁</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main><div class="status status-suspended">查询过于频繁，请稍后再试<small>Too many lookups from this network; please try again in a minute.</small></div></main></body></html>
            """,
            cancellationToken);
    }
}
