using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Store;

/// <summary>The one 503 answer given while the store cannot serve a request, in Chinese first.</summary>
public sealed class StoreUnavailableResponse(IProblemDetailsService problems, IOptions<StoreAvailabilityOptions> options)
{
    /// <summary>The ProblemDetails title.</summary>
    public const string Title = "数据存储暂时不可用，请稍后重试 (the data store is temporarily unavailable; please retry)";

    /// <summary>Writes the 503 with <c>Retry-After</c>.</summary>
    /// <param name="httpContext">The request to answer.</param>
    /// <returns>Whether the answer was written.</returns>
    public ValueTask<bool> WriteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = Title,
                Detail = "已确认的答案与数据不会丢失；存储恢复后服务自动恢复。Acknowledged answers and records are kept; the service resumes by itself when the store is back.",
            },
        });
    }
}
