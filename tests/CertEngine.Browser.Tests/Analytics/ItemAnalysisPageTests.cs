using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Grains.Library;
using CertEngine.Storage.Records.Facts;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Analytics;

/// <summary>
/// A bank author opens the item analysis of a version from the bank page, on a desktop and on a 360 px phone: the test
/// statistics, the flagged items with their numbers and the three charts drawn; then marks a flagged item for retirement.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ItemAnalysisPageTests(BrowserHost host)
{
    private const string Bank = "4-10-01-05";
    private const string Track = "4-10-01-05/养老护理员/5";

    [BrowserFact]
    public async Task Author_SeesTheAnalysisWithChartsAndFlags_OnDesktopAndPhone_AndRetiresAnItem()
    {
        var retired = await SeedAsync();
        var admin = await host.AdminAsync();
        foreach (var (name, width) in new[] { ("desktop", 1280), ("phone", 360) })
        {
            await using var browser = await host.NewPageAsync($"item-analysis-{name}", admin, width: width);
            var page = browser.Page;

            // The list reads every shipped version of every bank; the first visit after start parses them all, which took
            // more than Playwright's default 30 s when the suite shared two cores with an exam-day run.
            await page.GotoAsync("/admin/banks", new() { Timeout = 120_000 });
            await page.ClickAsync($"#bank-{Bank} tr.version-row[data-version='1'] a.analysis-link");

            await Expect(page.Locator("h1")).ToContainTextAsync("试题分析");
            await Expect(page.Locator("#tests .alpha")).Not.ToHaveTextAsync("—");
            await Expect(page.Locator($"#flagged tr.flagged-item[data-item='{retired}'] li.flag[data-code='too-easy']")).ToContainTextAsync("p = 0.950 > 0.900");
            foreach (var image in await page.Locator("img").AllAsync())
            {
                await Expect(image).ToBeVisibleAsync();
                await page.WaitForFunctionAsync("i => i.complete", await image.ElementHandleAsync());
                Assert.True(await image.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), await image.GetAttributeAsync("src"));
            }

            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{name}: the page scrolls sideways");
            await browser.ScreenshotAsync("analysis");
        }

        await using (var browser = await host.NewPageAsync("item-analysis-mark", admin, width: 360))
        {
            var page = browser.Page;
            await page.GotoAsync($"/admin/banks/analysis?code={Bank}&version=1");
            var row = page.Locator($"#flagged tr.flagged-item[data-item='{retired}']");
            await row.Locator("select[name=mark]").SelectOptionAsync("retirement");
            await row.Locator("input[name=reason]").FillAsync("太易，干扰项无人选");
            await row.Locator("button[type=submit]").ClickAsync();

            await Expect(page.Locator("#mark-saved")).ToContainTextAsync(retired);
            await Expect(page.Locator($"#marks tr.mark-row[data-item='{retired}']")).ToContainTextAsync("停用");
            await browser.ScreenshotAsync("marked");
        }
    }

    /// <summary>40 papers of four single-choice items of 4-10-01-05 v1: the first too easy, its distractors never chosen.</summary>
    private async Task<string> SeedAsync()
    {
        var bank = (await host.Services.GetRequiredService<ExamLibrary>().FindBankAsync(Bank, 1))!;
        var items = bank.Items.Where(i => i.Type == Domain.QuestionBanks.ItemType.Single).Skip(10).Take(4).ToArray();
        var facts = Enumerable.Range(0, 40).Select(a =>
        {
            var right = new[] { a < 38, a % 2 == 0, a % 3 != 0, a < 20 };
            return (RecordFact)new TheoryAttemptFact($"attempt/browser-analysis-{a}/submitted", BrowserHost.Epoch.AddMinutes(a), $"browser-analysis-{a}", "submitted",
                "browser-analysis", a + 1, Track, BrowserHost.NewIdNumber(), Bank, 1, 1, 5, "", right.Count(r => r) * 25m, 60m, "system",
                items.Select((item, j) => new ResponseFact(j, item.Id, item.Version, "single", "A,B,C,D",
                    right[j] ? item.Key[0] : item.Options.First(o => o.Label != item.Key[0]).Label, right[j] ? 1m : 0m, 1m)).ToList());
        }).ToList();
        await host.Services.GetRequiredService<IFactStore>().AppendAsync(facts);
        return items[0].Id;
    }
}
