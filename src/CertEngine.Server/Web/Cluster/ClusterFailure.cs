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
        ArgumentNullException.ThrowIfNull(exception);
        return ExceptionChain.Of(exception).Select(Name).FirstOrDefault(name => name is not null);
    }

    private static string? Name(Exception current) => current switch
    {
        SiloUnavailableException => "silo unavailable",
        OrleansMessageRejectionException => "message rejected",
        TimeoutException => "grain call timed out",
        UnavailableExceptionFallbackException fallback when Names.Contains(fallback.ExceptionType, StringComparer.Ordinal) => fallback.ExceptionType,
        _ when Names.Contains(current.GetType().FullName, StringComparer.Ordinal) => current.GetType().Name,
        _ => null,
    };
}
