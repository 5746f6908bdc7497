using System.Net;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http;

namespace CertEngine.Server.Tests.Web;

public sealed class LoopbackAwareCookieBuilderTests
{
    [Theory]
    [InlineData("localhost", "203.0.113.7", false, true)]
    [InlineData("127.0.0.1:5080", "203.0.113.7", false, true)]
    [InlineData("exam.example.org", "203.0.113.7", false, true)]
    [InlineData("exam.example.org", "203.0.113.7", true, true)]
    [InlineData("localhost", "127.0.0.1", true, true)]
    [InlineData("127.0.0.1:5080", "127.0.0.1", false, false)]
    [InlineData("[::1]:5080", "::1", false, false)]
    [InlineData("localhost:5080", "::ffff:127.0.0.1", false, false)]
    [InlineData("exam.example.org", "127.0.0.1", false, false)]
    public void Build_SecureFlag_FollowsTheConnectionNotTheHostHeader(string host, string remote, bool https, bool secure)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        context.Request.Scheme = https ? "https" : "http";
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        var builder = new LoopbackAwareCookieBuilder { Name = "certengine", HttpOnly = true, SameSite = SameSiteMode.Strict };

        var options = builder.Build(context, DateTimeOffset.UnixEpoch);

        Assert.Equal(secure, options.Secure);
    }
}
