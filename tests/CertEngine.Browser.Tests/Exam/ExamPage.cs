using System.Globalization;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Contracts.Attempts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Exam;

/// <summary>
/// The candidate's exam page as a test drives it, on a paused browser clock: the page's timers (countdown, 15 s poll,
/// retries) run only when the test advances the browser's time, so every displayed time is exact.
/// </summary>
internal sealed class ExamPage(BrowserPage browser, TheorySitting sitting, int candidate) : IAsyncDisposable
{
    /// <summary>The browser's own clock starts here (08:31 Beijing time); it has nothing to do with the server's.</summary>
    private static readonly DateTime BrowserEpoch = new(2026, 11, 23, 0, 31, 0, DateTimeKind.Utc);

    public IPage Page => browser.Page;

    public BrowserPage Browser => browser;

    public ILocator Timer => Page.Locator("#exam-timer");

    public ILocator SaveState => Page.Locator("#save-state");

    public ILocator Exam => Page.Locator("#exam");

    /// <summary>Opens <c>/exam</c> on a paused browser clock and signs in with the candidate's ticket, ID number and access code.</summary>
    public static async Task<ExamPage> SignInAsync(BrowserHost host, TheorySitting sitting, int candidate, string name, int width = 390, string? ticket = null)
    {
        var browser = await host.NewPageAsync(name, width: width);
        await browser.Page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = BrowserEpoch });
        await browser.Page.Clock.PauseAtAsync(BrowserEpoch.AddSeconds(1));
        var page = new ExamPage(browser, sitting, candidate);
        await page.SignInAgainAsync(ticket);
        return page;
    }

    /// <summary>Fills the sign-in form of this page (the ticket as <paramref name="ticket"/> if given) and lands on the paper.</summary>
    public async Task SignInAgainAsync(string? ticket = null)
    {
        await Page.GotoAsync("/exam");
        await Page.FillAsync("#Ticket", ticket ?? sitting.Tickets[candidate]);
        await Page.FillAsync("#IdNumber", sitting.IdNumbers[candidate]);
        await Page.FillAsync("#AccessCode", sitting.AccessCode);
        await Page.ClickAsync("#sign-in");
        await Expect(Page).ToHaveURLAsync(new Uri(new Uri(sitting.Host.BaseUrl), "/exam/paper").ToString());
    }

    /// <summary>Goes to the question at <paramref name="index"/> with the navigator and chooses <paramref name="choices"/>.</summary>
    public async Task AnswerAsync(int index, params string[] choices)
    {
        await Page.ClickAsync($"#navigator button[data-index='{index}']");
        await Expect(Page.Locator("#question")).ToHaveAttributeAsync("data-index", index.ToString(CultureInfo.InvariantCulture));
        foreach (var choice in choices)
        {
            await Page.Locator($"#question-options input[value='{choice}']").CheckAsync();
        }
    }

    /// <summary>Advances the browser's clock, firing its timers (countdown ticks, polls, retries).</summary>
    public Task RunForAsync(TimeSpan span) => Page.Clock.RunForAsync((long)span.TotalMilliseconds);

    /// <summary>Waits for the page to show a screen: paper, waiting, paused, submitted.</summary>
    public Task ExpectScreenAsync(string screen) => Expect(Exam).ToHaveAttributeAsync("data-state", screen);

    /// <summary>Waits until every answer is acknowledged by the server.</summary>
    public async Task ExpectSavedAsync()
    {
        await Expect(SaveState).ToHaveAttributeAsync("data-state", "saved");
        await Expect(SaveState).ToHaveTextAsync("已保存");
    }

    /// <summary>The navigator button of the question at <paramref name="index"/>.</summary>
    public ILocator NavigatorButton(int index) => Page.Locator($"#navigator button[data-index='{index}']");

    /// <summary>The paper as the attempt grain holds it: questions and the saved answers (display labels).</summary>
    public Task<CandidatePaper?> ServerPaperAsync() => sitting.Host.Services.GetRequiredService<IGrainFactory>()
        .GetGrain<IAttemptGrain>($"{sitting.Id}/{sitting.IdNumbers[candidate]}").GetPaperAsync();

    public ValueTask DisposeAsync() => browser.DisposeAsync();

    /// <summary>A countdown display for a whole number of seconds, as the page writes it: <c>59:57</c>, from an hour <c>1:29:57</c>.</summary>
    public static string Clock(double seconds)
    {
        var whole = (int)Math.Ceiling(seconds);
        return whole >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{whole / 3600}:{whole % 3600 / 60:00}:{whole % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{whole / 60:00}:{whole % 60:00}");
    }
}
