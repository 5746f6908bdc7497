using System.Threading.RateLimiting;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Security;
using CertEngine.Domain.Accounts;
using CertEngine.Server.Features.Exam;
using CertEngine.Server.Hosting.Options;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Auth;

/// <summary>Sign-in (one cookie scheme for staff and candidates), the access policies and the sign-in rate limit.</summary>
public static class SecuritySetup
{
    /// <summary>The rate-limit policy of the sign-in endpoints (per client address).</summary>
    public const string SignInLimit = "sign-in";

    /// <summary>Adds authentication, authorization, the password hasher, first-start setup and the sign-in rate limit.</summary>
    public static IServiceCollection AddCertEngineSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie = new LoopbackAwareCookieBuilder
                {
                    Name = "certengine",
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    SecurePolicy = CookieSecurePolicy.Always,
                    IsEssential = true,
                };
                options.LoginPath = "/sign-in";
                options.AccessDeniedPath = "/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                // An API caller gets a status code, not an HTML redirect to the sign-in page.
                options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = SignInValidator.ValidateAsync;
            });
        services.AddAuthorizationBuilder().AddCertEngineAccessPolicies();
        services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.AddSingleton<SetupToken>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<CandidateSignIn>();
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => new PasswordPolicy(CommonPasswords.Load()));
        services.AddHostedService<SetupAnnouncement>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The answer has no body of its own: a browser gets the status page (/status/429), an API caller ProblemDetails.
            limiter.OnRejected = (context, _) =>
            {
                Grains.Telemetry.RequestMetrics.Limited(context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "global");
                context.HttpContext.RequestServices.GetRequiredService<SecurityEventRecorder>()
                    .Record(SecurityEventKind.RateLimited, context.HttpContext, $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path.Value}");
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            // Loading a sign-in page costs nothing: forty candidates behind one address must all reach the form.
            limiter.AddPolicy(SignInLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<CertEngineOptions>>().Value.SignInPermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    private static async Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var superseded = context.HttpContext.Items.ContainsKey(SignInValidator.SupersededItem);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            if (superseded)
            {
                context.Response.Headers["X-CertEngine-Superseded"] = "true";
                // The earlier browser of a candidate learns why, so the page can say so instead of a bare 401.
                await context.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = status, Title = "已在另一台电脑登录 (signed in on another computer)", Detail = SignInValidator.SupersededText,
                    Extensions = { ["superseded"] = true },
                }, options: null, contentType: "application/problem+json");
            }

            return;
        }

        context.Response.Redirect(superseded ? "/exam?superseded=true" : context.RedirectUri);
    }
}
