using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using CertEngine.Grains.Certificates;

namespace CertEngine.Server.Hosting;

/// <summary>
/// The address certificates' QR codes and their line 本证书核验 open (<c>--public-base-url</c>), and what is wrong with it
/// at start. The address is never stored with a certificate: every rendering (HTML, PDF, PNG, the demo's files) builds it
/// from the current setting and the signed token, so a certificate printed again after the setting is corrected carries
/// the corrected address, and the verify page answers under any host name.
/// </summary>
public static class PublicAddress
{
    /// <summary>Why the verification address at start deserves a warning.</summary>
    public enum Concern
    {
        /// <summary>Nothing to say.</summary>
        None,

        /// <summary><c>--public-base-url</c> is not set: the address is the one the server listens on.</summary>
        Unset,

        /// <summary>Set to a loopback address (127.0.0.1, localhost) while the server is reachable from other machines.</summary>
        Loopback,

        /// <summary>Set to this server's own host, but with a scheme or port it does not listen on.</summary>
        NotListening,
    }

    /// <summary>
    /// The default when <c>--public-base-url</c> is not set: the first of <paramref name="urls"/> (<c>--urls</c>) that
    /// other machines can open, else the first; a wildcard host (<c>0.0.0.0</c>, <c>*</c>, <c>+</c>, <c>[::]</c>) is replaced
    /// by <paramref name="machineAddress"/> (this machine's LAN address), or 127.0.0.1 when it has none.
    /// </summary>
    public static string FromListening(string? urls, string? machineAddress)
    {
        var listened = Split(urls).Select(Parse).OfType<Uri>().ToList();
        if (listened.Count == 0)
        {
            listened.Add(new Uri(CertEngineHost.DefaultUrl));
        }

        var chosen = listened.FirstOrDefault(u => !IsWildcard(u.Host) && !IsLoopback(u.Host))
            ?? listened.FirstOrDefault(u => IsWildcard(u.Host))
            ?? listened[0];
        var host = IsWildcard(chosen.Host) ? machineAddress ?? IPAddress.Loopback.ToString() : chosen.Host;
        return new UriBuilder(chosen.Scheme, host, chosen.Port).Uri.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>The default for this machine: <see cref="FromListening"/> with the configured <c>urls</c>.</summary>
    public static string FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = configuration["urls"] is { Length: > 0 } configured ? configured : configuration["ASPNETCORE_URLS"];
        return FromListening(urls, Split(urls).Select(Parse).Any(u => u is not null && IsWildcard(u.Host)) ? MachineAddress() : null);
    }

    /// <summary>
    /// The address certificates carry: <c>--public-base-url</c> when set, else <c>CertEngine:Issuer:PublicBaseUrl</c> when
    /// set, else the listening address.
    /// </summary>
    public static string Effective(string? publicBaseUrl, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(publicBaseUrl) ? publicBaseUrl.Trim()
            : configuration[$"{CertificateAuthorityOptions.Section}:PublicBaseUrl"] is { Length: > 0 } issuer ? issuer
            : FromConfiguration(configuration);
    }

    /// <summary>
    /// What to warn about: nothing when a public address is set that other machines can open (an https host behind a
    /// proxy, a LAN address the server listens on); <see cref="Concern.Unset"/> when none is set; <see cref="Concern.Loopback"/>
    /// when it is a loopback address while the server also listens elsewhere; <see cref="Concern.NotListening"/> when it
    /// names one of the hosts the server listens on (or loopback) with a scheme or port it does not listen on there.
    /// </summary>
    /// <param name="configured">The configured public address, or null when none is set.</param>
    /// <param name="listening">The addresses the server listens on (as Kestrel reports them, or as configured).</param>
    public static Concern Check(string? configured, IReadOnlyCollection<string> listening)
    {
        ArgumentNullException.ThrowIfNull(listening);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Concern.Unset;
        }

        if (Parse(configured) is not { } target)
        {
            return Concern.None; // options validation refuses a malformed address before this runs
        }

        var listened = listening.Select(Parse).OfType<Uri>().ToList();
        if (IsLoopback(target.Host) && listened.Any(u => !IsLoopback(u.Host)))
        {
            return Concern.Loopback;
        }

        // Only an address naming this server itself can be checked against its ports: any other host is a proxy's or
        // a DNS name whose way to this server the server cannot see.
        var sameHost = listened.Where(u => SameHost(u.Host, target.Host)).ToList();
        var served = listened.Where(u => IsWildcard(u.Host) || SameHost(u.Host, target.Host) || (IsLoopback(target.Host) && IsLoopback(u.Host))).ToList();
        var namesThisServer = IsLoopback(target.Host) || sameHost.Count > 0;
        return namesThisServer && listened.Count > 0 && !served.Any(u => u.Scheme == target.Scheme && u.Port == target.Port)
            ? Concern.NotListening
            : Concern.None;
    }

    /// <summary>Whether <paramref name="host"/> is a loopback name or address.</summary>
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static bool IsWildcard(string host) =>
        host is "*" or "+" or "0.0.0.0" or "[::]" or "::" || string.IsNullOrEmpty(host);

    private static bool SameHost(string a, string b) =>
        string.Equals(a.Trim('[', ']'), b.Trim('[', ']'), StringComparison.OrdinalIgnoreCase);

    private static string[] Split(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Kestrel's wildcard forms (http://*:5080, http://+:5080) are not URIs; read them with a stand-in host.
    private static Uri? Parse(string url)
    {
        var wildcard = url.Contains("://*", StringComparison.Ordinal) || url.Contains("://+", StringComparison.Ordinal);
        var readable = wildcard ? url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal) : url;
        return Uri.TryCreate(readable, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
    }

    // The LAN address phones on the centre's network reach: an IPv4 address of an interface that is up and has a gateway
    // (container bridges have none).
    private static string? MachineAddress()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .Select(n => n.GetIPProperties())
                .Where(p => p.GatewayAddresses.Count > 0)
                .SelectMany(p => p.UnicastAddresses)
                .Select(a => a.Address)
                .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))?.ToString();
        }
        catch (NetworkInformationException)
        {
            return null;
        }
    }
}
