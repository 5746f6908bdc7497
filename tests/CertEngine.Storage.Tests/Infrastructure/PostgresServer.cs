namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>The PostgreSQL server that ./test.sh starts, found through CERTENGINE_TEST_POSTGRES.</summary>
internal static class PostgresServer
{
    public const string Variable = "CERTENGINE_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// Why PostgreSQL tests are skipped, or null when they must run. Under CI=true they always run, so a missing
    /// server fails them instead of hiding them.
    /// </summary>
    public static string? SkipReason =>
        ConnectionString is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? $"{Variable} is not set (./test.sh sets it); PostgreSQL tests skipped outside CI."
            : null;

    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set: run the tests through ./test.sh, which starts PostgreSQL.");
}
