using System.Net;
using System.Net.Sockets;

namespace CertEngine.TestSupport;

/// <summary>Free loopback ports for servers a test starts.</summary>
public static class FreePorts
{
    /// <summary>A loopback port free at the time of the call.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
