using System.Net;
using CertEngine.Server.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace CertEngine.Server.Tests.Web;

public sealed class WebSecuritySetupTests
{
    [Fact]
    public void Believe_NoProxyConfigured_ReadsNoForwardedHeaderFromAnybody()
    {
        // What ASPNETCORE_FORWARDEDHEADERS_ENABLED would set: every header, from every address.
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.All };
        forwarded.KnownProxies.Clear();

        WebSecuritySetup.Believe(forwarded, new SecurityOptions());

        Assert.Equal(ForwardedHeaders.None, forwarded.ForwardedHeaders);
        Assert.Empty(forwarded.KnownProxies);
    }

    [Fact]
    public void Believe_ConfiguredProxies_AreTheOnlyOnesBelieved_ForClientAndScheme()
    {
        var forwarded = new ForwardedHeadersOptions();

        WebSecuritySetup.Believe(forwarded, new SecurityOptions { KnownProxies = ["10.0.0.5"], KnownNetworks = ["192.168.10.0/24"] });

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, forwarded.ForwardedHeaders);
        Assert.Equal([IPAddress.Parse("10.0.0.5")], forwarded.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("192.168.10.0/24")], forwarded.KnownIPNetworks);
    }

    [Fact]
    public void Validate_UnreadableEntries_NameEachOne()
    {
        var result = new SecurityOptionsValidator().Validate(null, new SecurityOptions
        {
            AllowedOrigins = ["https://exam.example.org", "exam.example.org", "https://exam.example.org/app"],
            KnownProxies = ["10.0.0.5", "proxy.local"],
            KnownNetworks = ["10.0.0.0/8", "10.0.0.0"],
        });

        Assert.True(result.Failed);
        Assert.Equal(
            ["'exam.example.org'", "'https://exam.example.org/app'", "'proxy.local'", "'10.0.0.0'"],
            result.Failures!.Select(f => f[f.IndexOf('\'', StringComparison.Ordinal)..(f.IndexOf('\'', f.IndexOf('\'', StringComparison.Ordinal) + 1) + 1)]));
    }
}
