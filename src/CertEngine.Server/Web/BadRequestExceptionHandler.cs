using Microsoft.AspNetCore.Diagnostics;

namespace CertEngine.Server.Web;

/// <summary>
/// Answers a body the framework could not read (malformed or too deeply nested JSON, a body over its size limit) with its
/// 4xx ProblemDetails and logs it at Debug: the client's mistake is not the server's error, so it leaves no error entry
/// or stack trace in the log. Handling it here also tells the exception handler middleware not to log it (.NET 10).
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        logger.UnreadableRequest(httpContext.Request.Method, httpContext.Request.Path, bad.StatusCode, bad.InnerException?.GetType().Name ?? nameof(BadHttpRequestException));
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception });
    }
}
