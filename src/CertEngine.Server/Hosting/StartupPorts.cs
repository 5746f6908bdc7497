using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CertEngine.Server.Hosting.Options;

namespace CertEngine.Server.Hosting;

/// <summary>
/// Before anything starts: are the web, silo and gateway ports free? A second server started on the same ports must
/// stop with one clear line and a non-zero exit, not a stack trace after half a start (Orleans would even bind its
/// silo port beside the first server's before Kestrel failed).
/// </summary>
public static class StartupPorts
{
    /// <summary>The exit code of a server that could not start because a port is taken.</summary>
    public const int PortInUseExitCode = 1;

    /// <summary>Each port the server would listen on, with what it is for.</summary>
    public static IReadOnlyList<(IPAddress Address, int Port, string Use)> Planned(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"];
        var options = configuration.GetSection(CertEngineOptions.Section).Get<CertEngineOptions>() ?? new CertEngineOptions();
        var planned = new List<(IPAddress, int, string)>();
        foreach (var url in (string.IsNullOrWhiteSpace(urls) ? CertEngineHost.DefaultUrl : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Endpoint(url) is { } endpoint)
            {
                planned.Add((endpoint.Address, endpoint.Port, "网页 web"));
            }
        }

        planned.Add((IPAddress.Any, options.SiloPort, "集群 silo"));
        planned.Add((IPAddress.Any, options.GatewayPort, "网关 gateway"));
        return planned;
    }

    /// <summary>The message for the first planned port another program holds, or <see langword="null"/> when all are free.</summary>
    public static string? Busy(IConfiguration configuration)
    {
        foreach (var (address, port, use) in Planned(configuration))
        {
            if (!IsFree(address, port))
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"{port}");
                return $"无法启动：端口 {at}（{use.Split(' ')[0]}）已被占用，可能已有一个 CertEngine 服务器在运行。请先停止它，或用 --urls、--silo-port、--gateway-port 换用其他端口。"
                    + $"{Environment.NewLine}Cannot start: port {at} ({use.Split(' ')[1]}) is already in use, probably by another CertEngine server. Stop it first, or choose other ports with --urls, --silo-port and --gateway-port.";
            }
        }

        return null;
    }

    /// <summary>
    /// The message when another CertEngine process (a server, or <c>certificates render</c>) holds the embedded store's
    /// data folder, or <see langword="null"/>; a PostgreSQL server has no folder to share.
    /// </summary>
    public static string? DataFolderInUse(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrEmpty(configuration.GetConnectionString(CertEngineSilo.PostgresConnection)))
        {
            return null;
        }

        var folder = (configuration.GetSection(CertEngineOptions.Section).Get<CertEngineOptions>() ?? new CertEngineOptions()).DataDirectory;
        if (!Directory.Exists(folder))
        {
            return null;
        }

        using var probe = DataFolder.DataFolderLock.TryAcquire(folder);
        return probe is not null ? null
            : $"无法启动：数据目录 {folder} 正被另一个 CertEngine 进程（服务器或 certificates render）使用。请先停止它，或用 --data 指定其他目录。"
                + $"{Environment.NewLine}Cannot start: the data folder {folder} is in use by another CertEngine process (a server, or certificates render). Stop it first, or choose another folder with --data.";
    }

    /// <summary>Whether a listener could be opened on <paramref name="address"/>:<paramref name="port"/> now.</summary>
    public static bool IsFree(IPAddress address, int port)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (port == 0)
        {
            return true;
        }

        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(address, port));
            socket.Listen();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // http://127.0.0.1:5080, http://localhost:5080, http://*:80, http://+:80, http://[::]:80; a host name is not checked.
    private static IPEndPoint? Endpoint(string url)
    {
        var normalized = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var address = uri.IsLoopback && !IPAddress.TryParse(uri.Host.Trim('[', ']'), out _) ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed
            : null;
        return address is null ? null : new IPEndPoint(address, uri.Port);
    }
}
