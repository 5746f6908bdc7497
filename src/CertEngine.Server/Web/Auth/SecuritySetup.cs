using System.Threading.RateLimiting;
using CertEngine.Contracts.Accounts;
using CertEngine.Server.Options;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

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
                options.Events.OnValidatePrincipal = StaffSignInValidator.ValidateAsync;
            });
        services.AddAuthorizationBuilder().AddCertEngineAccessPolicies();
        services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.AddSingleton<SetupToken>();
        services.AddSingleton<StaffSignIn>();
        services.AddHostedService<SetupAnnouncement>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
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

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
