using System.Globalization;
using Microsoft.Playwright;

namespace CertEngine.Browser.Tests.Infrastructure;

/// <summary>
/// One page in its own browser context. <see cref="ScreenshotAsync"/> saves a named step; disposing saves the final state
/// (<c>{name}-final.png</c>), so a failed test leaves a picture of where it stopped.
/// </summary>
public sealed class BrowserPage(string name, IBrowserContext context, IPage page, string folder) : IAsyncDisposable
{
    private int _step;

    public IPage Page { get; } = page;

    public IBrowserContext Context { get; } = context;

    /// <summary>Saves <c>{name}-{nn}-{step}.png</c> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string step)
    {
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{name}-{++_step:00}-{step}.png"));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-final.png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // The page may already be gone (crashed or closed); the test's own failure says why.
        }

        await Context.CloseAsync();
    }
}
