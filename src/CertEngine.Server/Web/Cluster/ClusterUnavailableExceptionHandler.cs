using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CertEngine.Server.Web.Cluster;

/// <summary>
/// Turns a request whose grain call could not reach its silo (a silo of the cluster stopped and is not yet declared dead,
/// or a call timed out under overload) into a 503 ProblemDetails with <c>Retry-After</c>, instead of a 500 with a stack
/// trace in the error log for each request. Nothing is lost: the call was refused before the grain acted, or its outcome
/// is durable and read again on retry; the exam page keeps its queued answers and sends them again after a 5xx.
/// Logged as one warning per <see cref="LogEvery"/>, not per request.
/// </summary>
public sealed class ClusterUnavailableExceptionHandler(IProblemDetailsService problems, TimeProvider clock, ILogger<ClusterUnavailableExceptionHandler> logger)
    : IExceptionHandler
{
    /// <summary>The <c>Retry-After</c> sent, in seconds: the time a cluster takes to move a dead silo's grains elsewhere.</summary>
    public const int RetryAfterSeconds = 3;

    /// <summary>The ProblemDetails title.</summary>
    public const string Title = "服务节点暂时不可用，请稍后重试 (a server of the cluster is temporarily unavailable; please retry)";

    /// <summary>At most one warning this often while such failures go on.</summary>
    public static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);

    private long _lastLogged = long.MinValue;
    private long _since;

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted || ClusterFailure.Describe(exception) is not { } what)
        {
            return false;
        }

        Interlocked.Increment(ref _since);
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastLogged);
        if ((last == long.MinValue || clock.GetElapsedTime(last, now) >= LogEvery) && Interlocked.CompareExchange(ref _lastLogged, now, last) == last)
        {
            ClusterLog.Unavailable(logger, Interlocked.Exchange(ref _since, 0), what, RetryAfterSeconds);
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = Title,
                Detail = "已确认的答案与数据不会丢失，请几秒后重试。Acknowledged answers and records are kept; retry in a few seconds.",
            },
        });
    }
}
