namespace CertEngine.Server.Web.Security;

/// <summary>
/// A web origin (RFC 6454): scheme, host and port, compared without case and with the scheme's default port filled in,
/// so <c>http://LocalHost</c> and <c>http://localhost:80</c> are the same origin.
/// </summary>
public readonly record struct RequestOrigin
{
    private RequestOrigin(string scheme, string host, int port) => (Scheme, Host, Port) = (scheme, host, port);

    /// <summary><c>http</c> or <c>https</c>, lower case.</summary>
    public string Scheme { get; }

    /// <summary>The host name or address, lower case (IDN names in their ASCII form, IPv6 addresses in brackets).</summary>
    public string Host { get; }

    /// <summary>The port, the scheme's default when none was written.</summary>
    public int Port { get; }

    /// <summary>
    /// Reads an origin (<c>https://exam.example.org</c>, optionally with a trailing <c>/</c>); null for <c>null</c>, a
    /// scheme other than http(s), or anything with a path, query, fragment or user name.
    /// </summary>
    public static RequestOrigin? Parse(string? text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return new RequestOrigin(uri.Scheme, uri.IdnHost.ToLowerInvariant(), uri.Port);
    }

    /// <summary>
    /// The origin a browser addressed: the request's scheme and its <c>Host</c> header. An attacker's page cannot choose
    /// either for a victim's browser, which always sends the true <c>Host</c> of this server and the true <c>Origin</c>
    /// of the page; null when the <c>Host</c> header is missing or unreadable.
    /// </summary>
    public static RequestOrigin? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Host.HasValue ? Parse($"{request.Scheme}://{request.Host.Value}") : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Scheme}://{Host}:{Port}";
}
