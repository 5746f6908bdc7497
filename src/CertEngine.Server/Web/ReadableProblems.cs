using System.Text.Json;
using CertEngine.Server.Web.Localization;
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

            if (context.ProblemDetails is HttpValidationProblemDetails invalid && invalid.Detail is null)
            {
                // The annotations' messages are written in Chinese for the pages; an API answer gives both languages.
                foreach (var field in invalid.Errors.Keys.ToList())
                {
                    invalid.Errors[field] = [.. invalid.Errors[field].Select(ValidationMessages.Bilingual)];
                }

                var fields = string.Join("、", invalid.Errors.Keys);
                invalid.Title = "请求内容有误 (the request has invalid fields)";
                invalid.Detail = $"请检查这些字段：{fields} (check these fields: {fields})";
            }
            else if (!SaysChineseFirst(context.ProblemDetails.Title) && Titles.GetValueOrDefault(context.ProblemDetails.Status ?? 0) is { } title)
            {
                context.ProblemDetails.Title = title;
            }
        });
        services.Configure<JsonOptions>(options => options.SerializerOptions.MaxDepth = MaxJsonDepth);
        return services;
    }

    /// <summary>The titles of answers whose code wrote none of its own: ASP.NET Core's are English only.</summary>
    private static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = "请求有误 (bad request)",
        [StatusCodes.Status401Unauthorized] = "未登录 (unauthorized)",
        [StatusCodes.Status403Forbidden] = "无权操作 (forbidden)",
        [StatusCodes.Status404NotFound] = "未找到 (not found)",
        [StatusCodes.Status405MethodNotAllowed] = "不支持此请求方法 (method not allowed)",
        [StatusCodes.Status409Conflict] = "操作未执行 (conflict)",
        [StatusCodes.Status413PayloadTooLarge] = "请求内容过大 (request too large)",
        [StatusCodes.Status415UnsupportedMediaType] = "不支持此内容类型 (unsupported media type)",
        [StatusCodes.Status429TooManyRequests] = "请求过于频繁 (too many requests)",
        [StatusCodes.Status500InternalServerError] = "服务器内部错误 (internal server error)",
        [StatusCodes.Status503ServiceUnavailable] = "服务暂时不可用 (service unavailable)",
    };

    private static bool SaysChineseFirst(string? title) => title is { Length: > 0 } && title[0] is >= '\u4e00' and <= '\u9fff';

    /// <summary>What was wrong with the request, naming the JSON path or the parameter; one line, no stack trace.</summary>
    internal static string Describe(BadHttpRequestException bad) => bad.InnerException is JsonException json
        ? $"JSON 有误：{json.Path ?? "$"} (invalid JSON at {json.Path ?? "$"}: {FirstLine(json.Message)})"
        : FirstLine(bad.Message);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
