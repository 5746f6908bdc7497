using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CertEngine.Server.Features.Errors;

/// <summary>
/// <c>/status/{code}</c>: what a browser sees when an answer has no body of its own (<see cref="Web.StatusPages"/>): what
/// happened and what to do, in the visitor's language, with the original status code; a candidate is led back to the
/// exam sign-in, everyone else to the home page.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[DisableRateLimiting]
public sealed class StatusPageModel(BilingualText text) : PageModel
{
    /// <summary>The status code explained (400–599; anything else, a word included, is explained as 404).</summary>
    [FromRoute]
    public int Code { get; set; }

    /// <summary>The heading.</summary>
    public string Title { get; private set; } = "";

    /// <summary>What happened and what to do.</summary>
    public string Explanation { get; private set; } = "";

    /// <summary>Where the way back leads.</summary>
    public string BackUrl { get; private set; } = "/";

    /// <summary>The words of the way back.</summary>
    public string BackText { get; private set; } = "";

    /// <summary>Explains a status code reached by a GET (or the code of a re-executed answer).</summary>
    public void OnGet() => Explain();

    /// <summary>Explains the status code of a refused form post (a re-executed request keeps its method).</summary>
    public void OnPost() => Explain();

    private void Explain()
    {
        Code = Code is >= 400 and <= 599 ? Code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        var candidate = original.StartsWith("/exam", StringComparison.OrdinalIgnoreCase);
        (BackUrl, BackText) = candidate ? ("/exam", text("返回考生登录", "Back to the candidate sign-in")) : ("/", text("返回首页", "Back to the home page"));
        (Title, Explanation) = Code switch
        {
            StatusCodes.Status400BadRequest => (text("页面已过期，请重新填写", "This page has expired"),
                text("提交的表单已失效（页面打开太久、重复提交或在其他窗口登录过）。请返回、刷新页面后重新填写提交。",
                    "The form was no longer valid (open too long, sent twice, or signed in from another window). Go back, reload the page and fill it in again.")),
            StatusCodes.Status401Unauthorized => (text("请先登录", "Please sign in"),
                text("此页面需要登录后才能打开。", "This page needs you to sign in first.")),
            StatusCodes.Status403Forbidden => (text("无权访问", "Access denied"),
                text("您无权打开此页面或执行此操作。", "You may not open this page or do this.")),
            StatusCodes.Status404NotFound => (text("页面不存在", "Page not found"),
                text("没有找到这个地址。请检查地址是否输入正确。", "Nothing is at this address. Check that it was typed correctly.")),
            StatusCodes.Status405MethodNotAllowed => (text("不支持此操作", "Not supported"),
                text("此地址不接受这种请求。请从页面上的链接或按钮进入。", "This address does not take this kind of request. Use the links and buttons on the pages.")),
            StatusCodes.Status413PayloadTooLarge => (text("提交的内容过大", "Too much was sent"),
                text("提交的文件或内容超过了上限。请缩小后重试。", "The file or form was over the limit. Make it smaller and try again.")),
            StatusCodes.Status429TooManyRequests => (text("尝试次数过多，请稍候再试", "Too many tries: please wait a moment"),
                candidate
                    ? text("这个网络在一分钟内提交的登录太多。请等待约 1 分钟后再登录；如果反复看到此页，请举手联系监考员。",
                        "Too many sign-ins came from this network within a minute. Wait about a minute and sign in again; if you keep seeing this page, raise your hand for the proctor.")
                    : text("这个网络在一分钟内的请求太多。请等待约 1 分钟后重试。", "Too many requests came from this network within a minute. Wait about a minute and try again.")),
            >= 500 => (text("服务器暂时无法处理", "The server could not do this just now"),
                text("请稍后重试。如果问题持续，请联系考务管理员。", "Try again shortly. If it persists, tell the centre's administrator.")),
            _ => (text("请求未能完成", "The request was not completed"),
                text("请返回上一页重试。", "Go back and try again.")),
        };
    }
}
