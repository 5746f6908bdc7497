using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Security;

/// <summary>
/// The browser-facing defences shared by every page and endpoint: forwarded headers only from configured proxies, no
/// <c>Server</c> banner, the security headers, and the refusal of requests sent by pages of other sites.
/// </summary>
public static class WebSecuritySetup
{
    /// <summary>Binds <see cref="SecurityOptions"/>, turns off Kestrel's <c>Server</c> header and sets which proxies are believed.</summary>
    public static WebApplicationBuilder AddCertEngineWebSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SecurityOptions>()
            .BindConfiguration(SecurityOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>();
        // The banner tells a scanner which server and version to try; nobody else needs it.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((forwarded, security) => Believe(forwarded, security.Value));
        // Once a browser has reached the centre over HTTPS it never falls back to plain HTTP for half a year (a network
        // attacker in the exam room could otherwise strip TLS from the next visit). Sent on HTTPS answers only, and not
        // to localhost, so http://127.0.0.1:5080 on the server itself keeps working.
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(180));
        // The antiforgery cookie of the pages' forms is Secure whenever the page came over HTTPS.
        // (Configured, not added: adding antiforgery here would start data protection before its first key exists.)
        builder.Services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    /// <summary>
    /// Puts the forwarded headers (when proxies are configured), the security headers and the cross-site gate in front
    /// of everything else: call it first in the pipeline.
    /// </summary>
    public static WebApplication UseCertEngineWebSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.ForwardedHeaders != ForwardedHeaders.None)
        {
            app.UseForwardedHeaders();
        }

        app.UseHsts();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<CrossSiteRequestGate>();
        return app;
    }

    /// <summary>
    /// Believes <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the configured proxies only. With none configured
    /// the headers are read from nobody: ASP.NET Core would otherwise believe loopback by default, and, when
    /// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c> is set, everybody.
    /// </summary>
    internal static void Believe(ForwardedHeadersOptions forwarded, SecurityOptions security)
    {
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in security.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in security.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        forwarded.ForwardedHeaders = forwarded.KnownProxies.Count + forwarded.KnownIPNetworks.Count > 0
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            : ForwardedHeaders.None;
    }
}
