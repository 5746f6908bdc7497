using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Tracks;

/// <summary>
/// An administrator edits 家政服务员's track rules in the browser: a too-short 三级 theory is refused at its line, the fix
/// previews the longer theory beside the current one, publishes as the next version, and an opened 三级 track adopts it
/// and shows the new minutes. Only 三级 changes, which no other browser test sits.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TrackRulesPageTests(BrowserHost host)
{
    private const string Track = "4-10-01-06/家庭照护员/3";

    [BrowserFact]
    public async Task Admin_FixesALineOfTheRules_PublishesAndAdoptsThem_AndSeesTheNewMinutes()
    {
        var admin = await host.AdminAsync();
        (await admin.PostAsJsonAsync("/api/tracks/open", new { key = Track, bankVersion = 1 })).EnsureSuccessStatusCode();
        var shipped = File.ReadAllText(Path.Combine(BrowserHost.RepositoryRoot(), "tracks", "4-10-01-06.yaml"));
        string Level3(int minutes) => shipped.Replace("components:\n  2:\n", $"components:\n  3:\n    theory: {{ minutes: {minutes} }}\n  2:\n", StringComparison.Ordinal);
        var line = Level3(60).Split('\n').ToList().FindIndex(l => l.Contains("minutes: 60", StringComparison.Ordinal)) + 1;
        await using var browser = await host.NewPageAsync("track-rules", admin);
        var page = browser.Page;

        await page.GotoAsync("/admin/tracks");
        await page.ClickAsync("#rules-codes li[data-code='4-10-01-06'] a.edit-rules");
        await Expect(page.Locator("#rules-yaml")).ToHaveValueAsync(shipped);
        await page.FillAsync("#rules-yaml", Level3(60));
        await page.ClickAsync("#validate");
        await Expect(page.Locator("#check-result")).ToHaveAttributeAsync("data-valid", "false");
        await Expect(page.Locator("#rules-problems")).ToContainTextAsync($"tracks/4-10-01-06.yaml:{line}");
        await Expect(page.Locator("#rules-problems")).ToContainTextAsync("低于标准规定的 90 分钟");
        await page.Locator($"#rules-problems a.problem-line[data-line='{line}']").First.ClickAsync();
        Assert.Equal("    theory: { minutes: 60 }", await page.EvaluateAsync<string>("() => { const e = document.getElementById('rules-yaml'); return e.value.substring(e.selectionStart, e.selectionEnd); }"));
        await browser.ScreenshotAsync("problem");

        await page.FillAsync("#rules-yaml", Level3(120));
        await page.ClickAsync("#validate");
        await Expect(page.Locator("#check-result")).ToHaveAttributeAsync("data-valid", "true");
        var theory = page.Locator($".preview-track[data-key='{Track}'] tr[data-component='theory']");
        await Expect(theory.Locator("td.after")).ToContainTextAsync("120 min");
        await Expect(theory.Locator("td.before")).ToContainTextAsync("90 min");
        await Expect(page.Locator(".preview-track[data-key='4-10-01-06/家务服务员/5']")).ToHaveAttributeAsync("data-changed", "false");
        await browser.ScreenshotAsync("preview");
        var next = int.Parse(VersionNumber().Match(await page.Locator("#publish-rules").InnerTextAsync()).Value, System.Globalization.CultureInfo.InvariantCulture);
        await page.FillAsync("#rules-note", "三级理论考试延长到120分钟");
        await page.ClickAsync("#publish-rules");
        await Expect(page.Locator("#published")).ToContainTextAsync($"已发布为第 {next} 版认定规则");
        await Expect(page.Locator($"#versions tr[data-version='{next}']")).ToContainTextAsync("三级理论考试延长到120分钟");

        await page.GotoAsync("/admin/tracks");
        var card = page.Locator($".track[data-key='{Track}']");
        await Expect(card.Locator("tr[data-component='theory']")).ToContainTextAsync("90");
        await card.Locator("form.adopt-rules button").ClickAsync();
        await Expect(page.Locator("#message")).ToContainTextAsync($"已采用第 {next} 版认定规则");
        card = page.Locator($".track[data-key='{Track}']");
        await Expect(card.Locator(".rules-version")).ToHaveAttributeAsync("data-rules", next.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(card.Locator("tr[data-component='theory']")).ToContainTextAsync("120 分钟");
        await Expect(card.Locator("form.adopt-rules")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("adopted");
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex VersionNumber();
}
