using CertEngine.Server.Web.Security;
using Microsoft.AspNetCore.Http;

namespace CertEngine.Server.Tests.Web;

public sealed class RequestOriginTests
{
    [Theory]
    [InlineData("http://localhost", "http://LOCALHOST:80")]
    [InlineData("https://exam.example.org", "https://exam.example.org:443/")]
    [InlineData("http://[::1]:5080", "http://[0:0:0:0:0:0:0:1]:5080")]
    public void Parse_SameOriginWrittenTwoWays_IsEqual(string one, string other)
    {
        Assert.Equal(RequestOrigin.Parse(one), RequestOrigin.Parse(other));
    }

    [Theory]
    [InlineData("http://localhost", "http://localhost:9999")]
    [InlineData("http://localhost", "https://localhost")]
    [InlineData("https://exam.example.org", "https://evil.example.org")]
    public void Parse_OtherPortSchemeOrHost_IsAnotherOrigin(string one, string other)
    {
        Assert.NotEqual(RequestOrigin.Parse(one), RequestOrigin.Parse(other));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://localhost")]
    [InlineData("https://exam.example.org/path")]
    [InlineData("https://exam.example.org/?q=1")]
    [InlineData("https://user@exam.example.org")]
    [InlineData("exam.example.org")]
    public void Parse_NotAnOrigin_IsNull(string? text)
    {
        Assert.Null(RequestOrigin.Parse(text));
    }

    [Fact]
    public void Of_Request_IsItsSchemeAndHostHeader()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("exam.example.org");

        Assert.Equal(RequestOrigin.Parse("https://exam.example.org:443"), RequestOrigin.Of(context.Request));
    }

    [Fact]
    public void Of_RequestWithoutHost_IsNull()
    {
        Assert.Null(RequestOrigin.Of(new DefaultHttpContext().Request));
    }
}
