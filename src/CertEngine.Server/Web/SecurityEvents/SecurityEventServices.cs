using Microsoft.AspNetCore.Authorization;

namespace CertEngine.Server.Web.SecurityEvents;

/// <summary>Registers the security-event recorder and the hook that records refused role checks.</summary>
public static class SecurityEventServices
{
    /// <summary>Adds <see cref="SecurityEventRecorder"/> (also as a hosted service, after Orleans so it stops first) and the authorization hook.</summary>
    public static IServiceCollection AddSecurityEvents(this IServiceCollection services)
    {
        services.AddOptions<SecurityEventOptions>().BindConfiguration(SecurityEventOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SecurityEventRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<SecurityEventRecorder>());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RecordingAuthorizationResultHandler>();
        return services;
    }
}
