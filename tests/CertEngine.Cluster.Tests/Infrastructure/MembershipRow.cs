namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>One row of the PostgreSQL membership table: a silo's port, generation and Orleans status.</summary>
/// <param name="Status">Orleans' SiloStatus as stored: 3 = Active, 6 = Dead.</param>
public sealed record MembershipRow(int Port, int Generation, int Status)
{
    public const int Active = 3;
    public const int Dead = 6;
}
