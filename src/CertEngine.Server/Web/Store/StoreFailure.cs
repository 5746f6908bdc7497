using System.Data.Common;
using Orleans.Serialization;

namespace CertEngine.Server.Web.Store;

/// <summary>Recognises an exception that means "the store failed this request" rather than a bug in our code.</summary>
internal static class StoreFailure
{
    /// <summary>
    /// Whether the exception, or one it wraps, is a database driver's exception (Npgsql, Microsoft.Data.Sqlite). A grain
    /// call forwards the storage provider's exception to the caller, possibly wrapped by Orleans; when the exception
    /// type is not known to the caller's side, Orleans keeps only its type name, which is checked too.
    /// </summary>
    public static bool IsStoreFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return ExceptionChain.Of(exception).Any(current =>
            current is DbException || (current is UnavailableExceptionFallbackException fallback && IsDriverTypeName(fallback.ExceptionType)));
    }

    private static bool IsDriverTypeName(string? typeName) =>
        typeName is not null && (typeName.StartsWith("Npgsql.", StringComparison.Ordinal) || typeName.StartsWith("Microsoft.Data.Sqlite.", StringComparison.Ordinal));
}
