using System.Net;
using System.Net.Sockets;

namespace CertEngine.Cluster.Tests.Infrastructure;

internal static class FreePort
{
    /// <summary>A TCP port free on loopback right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
