using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace CertEngine.Server.Web.Localization;

/// <summary>
/// The Razor Pages set-up every page of the server shares: Razor Pages, the zh-CN / en request cultures (zh-CN by
/// default; <c>?lang=en</c> or <c>?lang=zh-CN</c> switches and is remembered in a cookie), the <see cref="BilingualText"/>
/// helper, and the static files under <c>wwwroot/</c> (embedded in the program, so they are found whatever folder the
/// server starts in). Nothing is loaded from the internet: no CDN, no web fonts.
/// </summary>
public static class BilingualPages
{
    /// <summary>The default culture.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>The other culture.</summary>
    public const string English = "en";

    /// <summary>The query parameter that switches the language.</summary>
    public const string QueryKey = "lang";

    /// <summary>Whether the current request's page language is English (the page language is Chinese otherwise).</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    /// <summary>The text in the current request's page language: one language per page, Chinese unless English was chosen.</summary>
    public static string Pick(string chinese, string english) => IsEnglish ? english : chinese;

    /// <summary>Adds Razor Pages, localization and the <see cref="BilingualText"/> helper.</summary>
    public static IServiceCollection AddBilingualPages(this IServiceCollection services)
    {
        // No client-side validation library is served, so its data-val-* attributes are useless; and with it on, a valid
        // form's validation summary carries a <li style="display:none">, which the Content-Security-Policy refuses.
        // Each page lives with its feature (Features/<Area>/) and names its own route with @page "/…".
        services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            // A validation message is written in Chinese and read in the page's language (ValidationMessages.en.resx).
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(ValidationMessages)));
        services.AddLocalization();

        // Chinese text goes out as UTF-8 characters, not &#x...; entities: smaller pages, readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<BilingualText>(static (chinese, english) => Pick(chinese, english));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new(Chinese), new(English)];
            options.DefaultRequestCulture = new RequestCulture(Chinese);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Turns on the request cultures, the language cookie and the embedded static files; maps the Razor Pages.</summary>
    /// <remarks>
    /// The JSON API (<c>/api/…</c>, <c>/.well-known/…</c>, <c>/healthz</c>) skips all three: its messages carry both
    /// languages whatever the culture, and it serves no files. Those requests are the hot paths (answer saves,
    /// certificate verification), so they should not pay for culture negotiation and a static-file lookup.
    /// </remarks>
    public static WebApplication UseBilingualPages(this WebApplication app)
    {
        app.UseWhen(context => !IsApi(context.Request.Path), pages =>
        {
            pages.UseRequestLocalization();
            pages.Use(RememberLanguage);
            pages.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new EmbeddedFileProvider(Assembly.GetExecutingAssembly(), "CertEngine.Server.wwwroot"),
            });
        });
        app.MapRazorPages();
        return app;
    }

    /// <summary>Whether <paramref name="path"/> belongs to the JSON API rather than to the pages.</summary>
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The current address with the language set to <paramref name="culture"/>, every other query value kept.</summary>
    public static string SwitchUrl(HttpRequest request, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query.Where(q => q.Key != QueryKey)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(QueryKey, culture));
        return request.PathBase + request.Path + QueryString.Create(query);
    }

    // A choice made with ?lang= holds for the next pages too, so the switch survives following a link.
    private static Task RememberLanguage(HttpContext context, Func<Task> next)
    {
        if (context.Request.Query.TryGetValue(QueryKey, out var value) && value.ToString() is Chinese or English)
        {
            var culture = new RequestCulture(value.ToString());
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(culture),
                new CookieOptions { HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        }

        return next();
    }
}
