namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>The three ports of one server: HTTP, silo-to-silo and client gateway.</summary>
public sealed record ServerPorts(int Http, int Silo, int Gateway)
{
    /// <summary>Three ports free right now.</summary>
    public static ServerPorts Free() => new(FreePort.Next(), FreePort.Next(), FreePort.Next());
}
