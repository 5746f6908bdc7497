using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Storage.Records.Facts;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Signals;

/// <summary>
/// The chief proctor opens a sitting's integrity signals from the console, on a 360 px phone: the planted pair with its
/// numbers, and a candidate's long disconnection.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SignalsPageTests(BrowserHost host)
{
    [BrowserFact]
    public async Task ChiefProctor_OpensTheSignalsFromTheConsole_AndSeesThePairAndTheDisconnection()
    {
        var sitting = await host.SittingAsync(2);
        await SeedAsync(sitting.Id);
        await using var browser = await host.NewPageAsync("signals", sitting.Proctor, width: 360);
        var page = browser.Page;

        await page.GotoAsync($"/proctor/{sitting.Id}");
        await page.ClickAsync("#signals-link");

        await Expect(page.Locator("h1")).ToContainTextAsync("考试异常信号");
        await Expect(page.Locator("#counts")).ToContainTextAsync("已交卷 12 份");
        await Expect(page.Locator("#pairs tr.pair")).ToHaveCountAsync(1);
        await Expect(page.Locator("#pairs tr.pair[data-seats='1-2']")).ToBeVisibleAsync();
        await Expect(page.Locator("#candidates tr.signal[data-code='disconnection'][data-seat='3']")).ToContainTextAsync("600");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page scrolls sideways");
        await browser.ScreenshotAsync("signals");
    }

    // Twelve submitted papers of the same 40 items straight into the record store: seat 2 gives seat 1's wrong answers;
    // seat 3 was disconnected for ten minutes.
    private async Task SeedAsync(string sessionId)
    {
        var random = new Random(7);
        var start = host.Clock.GetUtcNow();
        var papers = Enumerable.Range(0, 12).Select(_ => Enumerable.Range(0, 40).Select(_ => random.NextDouble() < 0.5 ? "A" : "BCD"[random.Next(3)].ToString()).ToArray()).ToList();
        for (var i = 0; i < 40; i++)
        {
            papers[0][i] = i % 4 == 0 ? "A" : "BCD"[i % 3].ToString();
            papers[1][i] = papers[0][i] == "A" ? papers[1][i] : papers[0][i];
        }

        var facts = new List<RecordFact>();
        foreach (var (answers, seat) in papers.Select((p, i) => (p, i + 1)))
        {
            var key = $"{sessionId}/seed-{seat}";
            var responses = answers.Select((a, i) => new ResponseFact(i, $"seed-{i:D3}", 1, "single", "A,B,C,D", a, a == "A" ? 1 : 0, 1)).ToList();
            facts.Add(new TheoryAttemptFact($"attempt/{key}/submitted", start.AddMinutes(60), key, "submitted", sessionId, seat, BrowserHost.Track5, "ID", "4-10-01-06", 1, 1, 5, "",
                responses.Count(r => r.Correct) * 2.5m, 60, "candidate", responses));
            facts.Add(new AttemptConductFact($"attempt/{key}/conduct", start.AddMinutes(60), key, sessionId, seat, start, seat == 3 ? 1 : 0, seat == 3 ? 600 : 0,
                seat == 3 ? start.AddMinutes(20) : null, responses.Select(r => new AnswerTimingFact(r.Position, start.AddSeconds(60 * (r.Position + 1)), start.AddSeconds(60 * (r.Position + 1)), 0)).ToList()));
        }

        await host.Services.GetRequiredService<IFactStore>().AppendAsync(facts);
    }
}
