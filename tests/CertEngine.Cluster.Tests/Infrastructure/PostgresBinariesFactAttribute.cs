namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>A test that runs its own PostgreSQL cluster from /usr/lib/postgresql/15/bin: skipped without it, except under CI=true, where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresBinariesFactAttribute : FactAttribute
{
    public PostgresBinariesFactAttribute()
    {
        if (!Prerequisites.IsCi && Prerequisites.MissingPostgresBinaries is { } reason)
        {
            Skip = reason;
        }
    }
}
