using System.Net;
using System.Net.Http.Json;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Supervision;

/// <summary>
/// The 督导 page in Chromium on a phone: a supervisor sees the live roster of a sitting they are named on (the proctor
/// console's view) with no control at all, files a draft, signs the record once the sitting is closed, and cannot open
/// a sitting they are not named on.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SupervisionPageTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Supervisor_SeesTheLiveRosterWithNoAction_FilesAndSignsTheRecord_AndCannotOpenAnotherSitting()
    {
        var sitting = await host.SittingAsync(candidates: 2);
        var other = await host.SittingAsync(candidates: 1);
        var supervisor = await host.StaffAsync("page.supervisor", "Supervisor");
        var admin = await host.AdminAsync();
        var assigned = await admin.PutAsJsonAsync($"/api/sessions/{sitting.Id}/supervisors", new { supervisors = new[] { "page.supervisor" }, reason = "逢考必督" });
        Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        await using var browser = await host.NewPageAsync("supervision", supervisor, width: 360);
        var page = browser.Page;

        await page.GotoAsync("/supervision");
        await Expect(page.Locator($"li[data-session='{sitting.Id}']")).ToHaveAttributeAsync("data-signed", "false");
        await page.ClickAsync($"li[data-session='{sitting.Id}'] a");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "running");
        await Expect(page.Locator("#roster tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#console button, #console input, #console select")).ToHaveCountAsync(0);
        await Expect(page.Locator("#access-code")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("live");

        foreach (var item in new[] { "identity", "seating", "materials" })
        {
            await page.CheckAsync($"fieldset[data-item='{item}'] input[value='conforms']");
        }

        await page.ClickAsync("#checklist button[value='false']");
        await Expect(page.Locator("#message-record")).ToHaveTextAsync("草稿已保存。");
        await Expect(page.Locator("fieldset[data-item='seating'] input[value='conforms']")).ToBeCheckedAsync();
        await page.ClickAsync("#checklist button[value='true']");
        await Expect(page.Locator("#message-record")).ToContainTextAsync("场次结束后方可签字确认");

        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/close", new { reason = "考试结束" })).StatusCode);
        await page.GotoAsync($"/supervision/{sitting.Id}");
        foreach (var item in new[] { "timing", "assessor-independence" })
        {
            await page.CheckAsync($"fieldset[data-item='{item}'] input[value='conforms']");
        }

        await page.CheckAsync("fieldset[data-item='irregularities'] input[value='nonconforming']");
        await page.FillAsync("#note-irregularities", "2 号考位考生中途离场 5 分钟，已记录");
        await page.FillAsync("#notes", "考场秩序总体良好");
        await page.ClickAsync("#checklist button[value='true']");
        await Expect(page.Locator("#message-record")).ToHaveTextAsync("督导记录已签字确认。");
        await Expect(page.Locator("#record .record-signed")).ToHaveCountAsync(1);
        await Expect(page.Locator("#checklist button[value='false']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#trail")).ToContainTextAsync("supervision.signed");
        await browser.ScreenshotAsync("signed");
        await page.GotoAsync("/supervision");
        await Expect(page.Locator($"li[data-session='{sitting.Id}']")).ToHaveAttributeAsync("data-signed", "true");

        var elsewhere = await page.GotoAsync($"/supervision/{other.Id}");
        var console = await page.GotoAsync($"/proctor/{sitting.Id}");

        Assert.Equal(404, elsewhere!.Status);
        Assert.Equal(403, console!.Status);
    }
}
