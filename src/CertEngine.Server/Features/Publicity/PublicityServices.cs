using System.Threading.RateLimiting;
using CertEngine.Server.Hosting.Options;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Publicity;

/// <summary>Registers 成绩公示's calendar and services and the objection rate limit.</summary>
public static class PublicityServices
{
    /// <summary>The rate-limit policy on lodging objections: per client address.</summary>
    public const string ObjectionLimit = "publicity-objection";

    /// <summary>The calendar (read once, from the tracks folder), the publication service and the objection desk.</summary>
    public static IServiceCollection AddPublicity(this IServiceCollection services)
    {
        services.AddOptions<PublicityOptions>().BindConfiguration(PublicityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new PublicityCalendar(sp.GetRequiredService<IOptions<CertEngineOptions>>().Value.TracksRoot));
        services.AddSingleton<ResultPublication>();
        services.AddSingleton<PublicityCalendarCheck>();
        services.AddHostedService(sp => sp.GetRequiredService<PublicityCalendarCheck>());
        services.AddSingleton<ObjectionDesk>();
        // Loading the page costs nothing; only posting an objection counts, so a family behind one address can still read it.
        services.AddRateLimiter(limiter => limiter.AddPolicy(ObjectionLimit, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ =>
                {
                    var options = context.RequestServices.GetRequiredService<IOptions<PublicityOptions>>().Value;
                    return new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.ObjectionsPerWindow, Window = TimeSpan.FromMinutes(options.ObjectionWindowMinutes), QueueLimit = 0,
                    };
                })
            : RateLimitPartition.GetNoLimiter("page")));
        return services;
    }
}
