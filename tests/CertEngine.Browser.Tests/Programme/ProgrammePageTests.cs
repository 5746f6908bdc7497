using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Storage.Records.Facts;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Programme;

/// <summary>The programme report page in Chromium, on a desktop screen and a 360 px phone: totals, charts drawn, nothing wider than the screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgrammePageTests(BrowserHost host)
{
    [BrowserFact]
    public Task ProgrammePage_Desktop_ShowsTotalsAndCharts() => ShowAsync(1280);

    [BrowserFact]
    public Task ProgrammePage_Phone_ShowsTotalsAndCharts() => ShowAsync(360);

    /// <summary>The authority (主管部门, read-only) finds the report from its dashboard, reads it, and is offered nothing else.</summary>
    [BrowserFact]
    public async Task Authority_Phone_FindsTheReportOnItsDashboard_AndIsOfferedNothingElse()
    {
        await WriteAsync(2018);
        var authority = await host.StaffAsync("authority.wang", "Authority");
        await using var browser = await host.NewPageAsync("programme-authority", authority, width: 360);

        await browser.Page.GotoAsync("/admin");
        var links = await browser.Page.Locator("ul.admin-menu a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        await browser.Page.Locator("#programme-link").ClickAsync();
        await browser.Page.GotoAsync("/admin/reports/programme?year=2018");

        Assert.Equal(["/admin/reports/programme", "/account/password"], links);
        await Expect(browser.Page.Locator("[data-total=certified]")).ToHaveTextAsync("2");
        await Expect(browser.Page.Locator("a[href^='/admin/subsidies']")).ToHaveCountAsync(0);
        await Expect(browser.Page.Locator("#target-form")).ToHaveCountAsync(0);
        Assert.True(await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "the page is wider than the screen");
        await browser.ScreenshotAsync("authority-report");
    }

    private async Task ShowAsync(int width)
    {
        await WriteAsync(2017);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        await using var browser = await host.NewPageAsync($"programme-{width}", manager, width: width);

        await browser.Page.GotoAsync("/admin/reports/programme?year=2017");

        await Expect(browser.Page.Locator("[data-total=certified]")).ToHaveTextAsync("2");
        await Expect(browser.Page.Locator("#targets tr[data-programme=home] td").Nth(1)).ToHaveTextAsync("2");
        foreach (var chart in new[] { "targets", "monthly", "pass-rates" })
        {
            var image = browser.Page.Locator($"img[src*='charts/{chart}.png']");
            await image.ScrollIntoViewIfNeededAsync();
            await Expect(image).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await image.EvaluateAsync<int>("i => i.naturalWidth") > 0, chart + " was not drawn");
        }

        Assert.True(await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, "the page is wider than the screen");
        await browser.ScreenshotAsync("report");
    }

    private async Task WriteAsync(int year)
    {
        const string track = "4-10-01-06/家务服务员/5";
        var at = new DateTimeOffset(year, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var facts = new List<RecordFact>();
        for (var i = 0; i < 2; i++)
        {
            var id = $"ID{year}{width(i)}";
            facts.Add(new CandidateProfileFact($"candidate/{id}/p", at, "in-" + id, id, "考生", "潞州区", "", "centre"));
            facts.Add(new ComponentResultFact($"result/{id}/t", at, track, id, "Theory", 80m, 60m, DateOnly.FromDateTime(at.Date), "T", false));
            facts.Add(new CertificateIssuedFact($"certificate/P{id}", at, "P" + id, "skill-level", track, id, "考生", "4-10-01-06", "家务服务员", 5, DateOnly.FromDateTime(at.Date), "manager"));
        }

        await host.Services.GetRequiredService<IFactStore>().AppendAsync(facts);

        static string width(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
