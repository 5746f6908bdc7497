using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Store;

/// <summary>
/// Put in front of the whole pipeline: while the store is known to be down, a request under one of
/// <see cref="StoreAvailabilityOptions.GuardedPaths"/> gets the 503 at once, without waiting on a database that is
/// not there.
/// </summary>
public sealed class StoreOutageGate(StoreAvailability availability, StoreUnavailableResponse response, IOptions<StoreAvailabilityOptions> options) : IStartupFilter
{
    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (availability.IsDown && IsGuarded(context.Request.Path))
            {
                await response.WriteAsync(context);
                return;
            }

            await nextMiddleware(context);
        });
        next(app);
    };

    private bool IsGuarded(PathString path) =>
        options.Value.GuardedPaths.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
