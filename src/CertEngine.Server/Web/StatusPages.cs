using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;

namespace CertEngine.Server.Web;

/// <summary>
/// What an answer without a body says: to a browser asking for a page, a page in its language (<c>/status/{code}</c>,
/// the same layout as every page: a refused sign-in form, a rate limit, an expired form, a missing page); to everything
/// else, ProblemDetails as before (Chinese first). The status code is kept either way.
/// </summary>
public static class StatusPages
{
    /// <summary>The page that explains a status code.</summary>
    public const string PagePath = "/status/{0}";

    /// <summary>Puts a page behind every bodiless error answer to a browser, and ProblemDetails behind the rest.</summary>
    /// <remarks>
    /// Two status-code middlewares, each with its own switch: the outer writes ProblemDetails, the inner re-executes the
    /// request as the status page (re-routed: it sits on the application itself, not a branch). The inner one is
    /// switched off for anything but a browser's page request, so those fall through to the outer one.
    /// </remarks>
    public static WebApplication UseReadableStatusPages(this WebApplication app)
    {
        app.UseStatusCodePages();
        app.UseStatusCodePagesWithReExecute(PagePath);
        app.Use((context, next) =>
        {
            if (!WantsPage(context.Request) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>Whether the request is a browser's for a page: not the JSON API, and HTML accepted.</summary>
    public static bool WantsPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !BilingualPages.IsApi(request.Path)
            && !request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            && request.Headers.Accept.Any(accept => accept is not null && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }
}
