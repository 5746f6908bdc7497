namespace CertEngine.Server.Tests;

/// <summary>
/// A test that needs the PostgreSQL server of ./test.sh (<see cref="Variable"/>): skipped without it, except under CI=true,
/// where it runs and fails with the reason (<see cref="RequireServer"/>), so a missing server never passes silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The variable holding a superuser connection string to the test server.</summary>
    public const string Variable = "CERTENGINE_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (Server is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{Variable} is not set (./test.sh sets it); PostgreSQL tests skipped outside CI.";
        }
    }

    /// <summary>The test server's connection string, or null.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>The test server's connection string; fails the test when it is not set.</summary>
    public static string RequireServer() =>
        Server ?? throw new InvalidOperationException($"{Variable} is not set: run the tests through ./test.sh, which starts PostgreSQL.");
}
