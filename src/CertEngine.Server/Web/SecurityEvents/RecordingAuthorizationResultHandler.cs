using CertEngine.Contracts.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CertEngine.Server.Web.SecurityEvents;

/// <summary>
/// ASP.NET Core's own authorization answer (401 or 403, or the sign-in and denied pages), recording each refused role check
/// of a signed-in user: one place for every endpoint and page, so no refusal goes unrecorded.
/// </summary>
public sealed class RecordingAuthorizationResultHandler(SecurityEventRecorder recorder) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    /// <inheritdoc />
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden)
        {
            recorder.Record(SecurityEventKind.RoleRefused, context, $"{context.Request.Method} {context.Request.Path.Value}");
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
