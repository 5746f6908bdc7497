using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;

namespace CertEngine.Server.Web;

/// <summary>
/// Every error answer is RFC 9457 ProblemDetails a person can act on: a body that is not JSON, or a field of the wrong
/// type, says where (the JSON path), and no answer ever carries a stack trace. Such requests are logged at Debug only
/// (<see cref="UnreadableRequestHandler"/>): anyone can send them.
/// </summary>
public static class ReadableProblems
{
    /// <summary>How deep a JSON request body may nest; our bodies nest at most 4 deep, and a deeper one is a 400.</summary>
    public const int MaxJsonDepth = 32;

    /// <summary>Adds ProblemDetails with readable details, and makes bad bodies reach the error handler as 400s.</summary>
    public static IServiceCollection AddReadableProblems(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<UnreadableRequestHandler>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Status = bad.StatusCode;
                context.HttpContext.Response.StatusCode = bad.StatusCode;
                context.ProblemDetails.Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "请求内容过大 (request too large)"
                    : "请求内容无法读取 (the request could not be read)";
                context.ProblemDetails.Detail = Describe(bad);
            }
            else if (context.ProblemDetails.Status == StatusCodes.Status401Unauthorized && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Detail = "请先登录 (sign in first)";
            }
            else if (context.ProblemDetails.Status == StatusCodes.Status403Forbidden && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Detail = "您的角色无权进行此操作 (your role may not do this)";
            }
            else if (context.ProblemDetails.Status == StatusCodes.Status429TooManyRequests && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Detail = "请求过于频繁，请稍后再试 (too many requests; try again shortly)";
            }
        });
        services.Configure<JsonOptions>(options => options.SerializerOptions.MaxDepth = MaxJsonDepth);
        return services;
    }

    /// <summary>What was wrong with the request, naming the JSON path or the parameter; one line, no stack trace.</summary>
    internal static string Describe(BadHttpRequestException bad) => bad.InnerException is JsonException json
        ? $"JSON 有误：{json.Path ?? "$"} (invalid JSON at {json.Path ?? "$"}: {FirstLine(json.Message)})"
        : FirstLine(bad.Message);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
