using System.Net;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>Where the sign-in form sends each staff role: a page the role may open, the 工作台 for every role without a page of its own.</summary>
[Collection(ApiCollection.Name)]
public sealed class StaffLandingPageTests(ApiHost host)
{
    [Theory]
    [InlineData("Supervisor", "/admin")]
    [InlineData("Authority", "/admin")]
    [InlineData("CentreManager", "/admin")]
    [InlineData("Proctor", "/proctor")]
    [InlineData("Assessor", "/assess")]
    public async Task SignInForm_EachRole_LandsOnAPageItMayOpen_NeverThePublicHomePage(string role, string expected)
    {
        var userName = "landing." + role.ToLowerInvariant();
        await host.StaffAsync(userName, role);
        var client = host.NewClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = ApiHost.Password,
            ["__RequestVerificationToken"] = await AdminPagesTests.TokenAsync(client, "/sign-in"),
        });

        var response = await client.PostAsync("/sign-in", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(expected)).StatusCode);
    }
}
