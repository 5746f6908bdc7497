namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>A test that needs the PostgreSQL server of ./test.sh (<c>CERTENGINE_TEST_POSTGRES</c>): skipped without it, except under CI=true, where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!Prerequisites.IsCi && Prerequisites.MissingPostgresServer is { } reason)
        {
            Skip = reason;
        }
    }
}
