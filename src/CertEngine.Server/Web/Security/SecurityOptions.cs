namespace CertEngine.Server.Web.Security;

/// <summary>
/// Which other origins may send state-changing requests, and which reverse proxies are believed about the client
/// (section <c>CertEngine:Security</c>). The defaults trust nobody: only the server's own origin may post, and
/// <c>X-Forwarded-*</c> headers are ignored.
/// </summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Security";

    /// <summary>
    /// Origins (<c>https://exam.example.org</c>: scheme, host and port only) whose pages may send state-changing
    /// requests besides the request's own origin and <c>CertEngine:PublicBaseUrl</c>'s. Needed only behind a reverse
    /// proxy that rewrites the <c>Host</c> header and is not listed in <see cref="KnownProxies"/>. Default: none.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (the client
    /// address for rate limits and logs, https for the Secure cookie and the own origin). Default: none, so the headers
    /// are ignored.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation (<c>10.0.0.0/8</c>) whose proxies are believed, as <see cref="KnownProxies"/>. Default: none.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
