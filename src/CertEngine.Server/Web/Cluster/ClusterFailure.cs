using Orleans.Serialization;

namespace CertEngine.Server.Web.Cluster;

/// <summary>Which exceptions mean "the grain's silo could not be reached now", not a fault of the request or of the code.</summary>
internal static class ClusterFailure
{
    // Orleans' own exception types, checked by name as well: a grain call may forward them wrapped, or keep only their
    // type name when the caller's side does not know the type.
    private static readonly string[] Names =
    [
        "Orleans.Runtime.OrleansMessageRejectionException",
        "Orleans.Runtime.SiloUnavailableException",
        "Orleans.Runtime.Messaging.ConnectionFailedException",
        "Orleans.Runtime.GatewayTooBusyException",
    ];

    /// <summary>A short name of the failure when <paramref name="exception"/> (or one it wraps) is such a failure; otherwise null.</summary>
    public static string? Describe(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        var depth = 0;
        while (pending.TryPop(out var current) && depth++ < 16)
        {
            switch (current)
            {
                case SiloUnavailableException:
                    return "silo unavailable";
                case OrleansMessageRejectionException:
                    return "message rejected";
                case TimeoutException:
                    return "grain call timed out";
                case UnavailableExceptionFallbackException fallback when Names.Contains(fallback.ExceptionType, StringComparer.Ordinal):
                    return fallback.ExceptionType;
            }

            if (Names.Contains(current.GetType().FullName, StringComparer.Ordinal))
            {
                return current.GetType().Name;
            }

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }

        return null;
    }
}
