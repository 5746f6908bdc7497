using System.Collections.Concurrent;
using CertEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CertEngine.Browser.Tests.Smoke;

/// <summary>The API reference (<c>/scalar</c>) under its own Content-Security-Policy: it still renders, and nothing is refused.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Scalar_InChromium_RendersTheOperationsWithoutPolicyViolations()
    {
        await using var browser = await host.NewPageAsync("scalar", width: 1280);
        var problems = new ConcurrentQueue<string>();
        browser.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue(message.Text);
            }
        };
        browser.Page.PageError += (_, error) => problems.Enqueue($"script error: {error}");

        await browser.Page.GotoAsync("/scalar/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        await Assertions.Expect(browser.Page.GetByText("/api/candidate/sign-in").First).ToBeAttachedAsync();
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
    }
}
