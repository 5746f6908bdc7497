using System.Text;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Exports;

/// <summary>The 数据上报 page in Chromium, on a desktop screen and a 360 px phone: export a batch as CSV, then find it in the log.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportsPageTests(BrowserHost host)
{
    [BrowserFact]
    public Task ExportsPage_Desktop_ExportsABatch_AndLogsIt() => ExportAsync(1280);

    [BrowserFact]
    public Task ExportsPage_Phone_ExportsABatch_AndLogsIt() => ExportAsync(360);

    [BrowserFact]
    public async Task ExportsPage_DatesTheWrongWayRound_ShowThePageWithTheReason_NotJson()
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        await using var browser = await host.NewPageAsync("exports-problem", manager, width: 360);

        await browser.Page.GotoAsync("/admin/exports");
        await browser.Page.Locator("#certificates-form input[name=from]").FillAsync("2026-12-31");
        await browser.Page.Locator("#certificates-form input[name=to]").FillAsync("2026-01-01");
        await browser.Page.Locator("#certificates-form button[value='xlsx']").ClickAsync();

        await Expect(browser.Page.Locator("#export-problem")).ToContainTextAsync("结束日期不早于开始日期");
        await Expect(browser.Page.Locator("h1")).ToContainTextAsync("数据上报");
        await browser.ScreenshotAsync("problem");
    }

    private async Task ExportAsync(int width)
    {
        var sitting = await host.SittingAsync(2, start: false);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        await host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICandidateGrain>(sitting.IdNumbers[0])
            .RecordResultAsync(new ComponentResultRecord(BrowserHost.Track5, ExamComponent.Theory, 72m, 60m, today, sitting.Id, false));
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        await using var browser = await host.NewPageAsync($"exports-{width}", manager, width: width);

        await browser.Page.GotoAsync("/admin/exports");
        await browser.Page.Locator("#batch-form input[name=batch]").FillAsync(sitting.Id);
        await browser.ScreenshotAsync("form");
        var download = await browser.Page.RunAndWaitForDownloadAsync(() => browser.Page.Locator("#batch-form button[value='csv']").ClickAsync());
        var path = await download.PathAsync();
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path!));
        // While the file was made the page showed its progress; once handed over, the rows written.
        await Expect(browser.Page.Locator("#export-status")).ToContainTextAsync("已完成：1 行");
        await browser.ScreenshotAsync("progress");
        await browser.Page.GotoAsync("/admin/exports");

        Assert.StartsWith("\uFEFF姓名,证件类型,证件号码,性别", text, StringComparison.Ordinal);
        Assert.Contains(sitting.IdNumbers[0], text, StringComparison.Ordinal);
        await Expect(browser.Page.Locator("#export-log tbody tr", new() { HasText = "batch=" + sitting.Id })).ToHaveCountAsync(1);
        var scrollWidth = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide on a {width} px screen");
        await browser.ScreenshotAsync("logged");
    }
}
