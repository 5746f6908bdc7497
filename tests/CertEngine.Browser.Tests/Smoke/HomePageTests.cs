using CertEngine.Browser.Tests.Infrastructure;

namespace CertEngine.Browser.Tests.Smoke;

/// <summary>The browser infrastructure itself: the real server on a real port, reached by Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserHost host)
{
    [BrowserFact]
    public async Task HomePage_InChromium_IsChineseByDefault()
    {
        await using var browser = await host.NewPageAsync("home");

        var response = await browser.Page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("zh-CN", await browser.Page.GetAttributeAsync("html", "lang"));
        Assert.True(File.Exists(await browser.ScreenshotAsync("loaded")));
    }
}
