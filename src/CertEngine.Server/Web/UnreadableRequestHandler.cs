using Microsoft.AspNetCore.Diagnostics;

namespace CertEngine.Server.Web;

/// <summary>
/// Answers a request whose body or parameters cannot be read (malformed JSON, a number that overflows its field, a
/// value of the wrong type: <see cref="BadHttpRequestException"/>) with its 400 ProblemDetails, and logs it at Debug
/// without a stack trace. Anyone can send such a request, so it must not fill the error log; handling it here also
/// keeps the exception handler middleware from logging it as an unhandled error (.NET 10 records no diagnostics for an
/// exception an <see cref="IExceptionHandler"/> handled).
/// </summary>
public sealed class UnreadableRequestHandler(IProblemDetailsService problems, ILogger<UnreadableRequestHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        // Anyone can send an unreadable body: describe it only when someone reads Debug.
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.UnreadableRequest(httpContext.Request.Method, httpContext.Request.Path, bad.StatusCode, ReadableProblems.Describe(bad));
        }
        httpContext.Response.StatusCode = bad.StatusCode;

        // The details are written by ReadableProblems' CustomizeProblemDetails, which names the field.
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = bad,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = bad.StatusCode },
        });
    }
}
