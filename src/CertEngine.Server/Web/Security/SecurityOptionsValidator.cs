using System.Net;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Security;

/// <summary>Stops the start when an allowed origin, proxy address or network cannot be read, naming the entry.</summary>
internal sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        problems.AddRange(options.AllowedOrigins.Where(origin => RequestOrigin.Parse(origin) is null).Select(origin =>
            $"{SecurityOptions.Section}:AllowedOrigins: '{origin}' 不是来源地址 (not an origin such as https://exam.example.org: scheme, host and port only)"));
        problems.AddRange(options.KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _)).Select(proxy =>
            $"{SecurityOptions.Section}:KnownProxies: '{proxy}' 不是 IP 地址 (not an IP address)"));
        problems.AddRange(options.KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _)).Select(network =>
            $"{SecurityOptions.Section}:KnownNetworks: '{network}' 不是网段 (not a network such as 10.0.0.0/8)"));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
