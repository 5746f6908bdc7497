namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>
/// What these tests need from the machine, and the rule for when it is missing: under CI=true the test runs and fails
/// with the reason; elsewhere it is skipped with the reason.
/// </summary>
internal static class Prerequisites
{
    public const string PostgresVariable = "CERTENGINE_TEST_POSTGRES";
    public const string PostgresBin = "/usr/lib/postgresql/15/bin";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string? MissingPostgresServer => PostgresServer is null
        ? $"{PostgresVariable} is not set: run the tests through ./test.sh, which starts PostgreSQL and sets it."
        : null;

    public static string? MissingPostgresBinaries => File.Exists(Path.Combine(PostgresBin, "initdb")) && File.Exists(Path.Combine(PostgresBin, "pg_ctl"))
        ? null
        : $"PostgreSQL 15 server binaries are not in {PostgresBin}: install the postgresql package (./test.sh does).";

    /// <summary>Fails the running test with <paramref name="missing"/> when something is missing (under CI it was not skipped).</summary>
    public static void Require(string? missing)
    {
        if (missing is not null)
        {
            throw new InvalidOperationException(missing);
        }
    }
}
