using Microsoft.AspNetCore.Diagnostics;

namespace CertEngine.Server.Web.Store;

/// <summary>
/// Turns a request that failed on the store into a 503 ProblemDetails with <c>Retry-After</c>, instead of a 500, and
/// asks the monitor to probe at once so the following requests are short-circuited while the outage lasts.
/// Nothing is logged per request: the monitor logs the outage once.
/// </summary>
public sealed class StoreUnavailableExceptionHandler(StoreAvailabilityMonitor monitor, StoreUnavailableResponse response) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!StoreFailure.IsStoreFailure(exception))
        {
            return false;
        }

        Storage.StorageMetrics.Error("request");
        monitor.ProbeSoon();
        return await response.WriteAsync(httpContext);
    }
}
