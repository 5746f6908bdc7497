using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Server.Features.Results;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Publicity;

/// <summary>The public 公示 page on a 360 px phone (masked, fits, an objection lodged) and the managers' page answering and closing it.</summary>
public sealed class PublicityPagesTests(PublicityBrowserHost host) : IClassFixture<PublicityBrowserHost>
{
    [BrowserFact]
    public async Task PublicPage_Phone_ShowsMaskedLines_AndTakesAnObjection_WhichTheManagerAnswersAndCloses()
    {
        var sitting = await host.SittingAsync(2, start: false);
        await RecordAsync(sitting, 0, 82m, 75m);
        await RecordAsync(sitting, 1, 70m, 40m);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var today = host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var published = await manager.PostAsJsonAsync("/api/publicity/range", new { track = BrowserHost.Track5, from = today, to = today });
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var id = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("publicityId").GetString()!;
        await using var phone = await host.NewPageAsync("publicity-public-360", width: 360);

        await phone.Page.GotoAsync($"/results/{id}");

        var first = phone.Page.Locator($"li.line[data-ticket='{sitting.Tickets[0]}']");
        await Expect(first.Locator(".name")).ToHaveTextAsync("考*0");
        await Expect(first.Locator(".id")).ToHaveTextAsync(sitting.IdNumbers[0][..4] + new string('*', 10) + sitting.IdNumbers[0][^4..]);
        await Expect(first.Locator("dd.result")).ToHaveTextAsync("合格");
        await Expect(phone.Page.Locator($"li.line[data-ticket='{sitting.Tickets[1]}'] dd.result")).ToHaveTextAsync("不合格");
        await Expect(phone.Page.Locator("#period")).ToContainTextAsync("5 个工作日");
        Assert.DoesNotContain(sitting.IdNumbers[0], await phone.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.True(await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "the public page is wider than a 360 px phone");
        await phone.ScreenshotAsync("lines");
        await phone.Page.FillAsync("#Ticket", sitting.Tickets[0]);
        await phone.Page.FillAsync("#IdNumber", sitting.IdNumbers[0]);
        await phone.Page.FillAsync("#Objection", "我的操作技能成绩偏低，申请复核。");
        await phone.Page.ClickAsync("#objection button[type=submit]");

        await Expect(phone.Page.Locator("#received")).ToContainTextAsync("异议已提交");
        await Expect(phone.Page.Locator("#IdNumber")).ToHaveValueAsync("");
        await phone.ScreenshotAsync("received");

        await using var desk = await host.NewPageAsync("publicity-manager", manager, width: 1280);
        await desk.Page.GotoAsync(await IssuePageAsync(manager));
        await Expect(Why(desk, sitting.IdNumbers[0])).ToContainTextAsync("对该考生的异议尚未处理完毕，暂缓发证");
        await desk.Page.GotoAsync("/admin/publicity");
        var objection = desk.Page.Locator(".objection").Filter(new() { HasText = "申请复核" });
        await Expect(objection).ToHaveAttributeAsync("data-status", "open");
        await Expect(desk.Page.Locator($"tr[data-notice='{id}']")).ToBeVisibleAsync();
        await objection.Locator("textarea").FillAsync("经复核，三名考评员评分一致，成绩无误。");
        await objection.Locator("form[action*='handler=Answer'] button").ClickAsync();
        await Expect(desk.Page.Locator("#done")).ToContainTextAsync("已答复");
        await Expect(desk.Page.Locator(".objection").Filter(new() { HasText = "申请复核" })).ToHaveAttributeAsync("data-status", "answered");
        await desk.ScreenshotAsync("answered");
        await desk.Page.Locator(".objection").Filter(new() { HasText = "申请复核" }).Locator("form[action*='handler=Close'] button").ClickAsync();

        await Expect(desk.Page.Locator("#done")).ToContainTextAsync("已办结");
        await Expect(desk.Page.Locator(".objection").Filter(new() { HasText = "申请复核" })).ToHaveCountAsync(0);
        await desk.ScreenshotAsync("closed");
    }

    [BrowserFact]
    public async Task ManagerPage_Phone_FitsTheScreen_AndTheIssuePageSaysTheCertificateWaitsForThePeriod()
    {
        var sitting = await host.SittingAsync(1, start: false);
        await RecordAsync(sitting, 0, 90m, 90m);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var today = host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await using var phone = await host.NewPageAsync("publicity-manager-360", manager, width: 360);
        await phone.Page.GotoAsync(await IssuePageAsync(manager));
        await Expect(Why(phone, sitting.IdNumbers[0])).ToContainTextAsync("尚不能发证：成绩尚未公示");
        await Expect(Why(phone, sitting.IdNumbers[0]).Locator("a.publish-at")).ToHaveAttributeAsync("href", "/admin/publicity");

        await phone.Page.GotoAsync("/admin/publicity");
        await phone.Page.SelectOptionAsync("#Track", BrowserHost.Track5);
        await phone.Page.FillAsync("#From", today);
        await phone.Page.FillAsync("#To", today);
        await phone.Page.ClickAsync("#publish-range button");

        await Expect(phone.Page.Locator("#done")).ToContainTextAsync("已发布成绩公示");
        Assert.True(await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "the managers' page is wider than a 360 px phone");
        await phone.ScreenshotAsync("published");
        var notices = await manager.GetFromJsonAsync<JsonElement>("/api/publicity?track=" + Uri.EscapeDataString(BrowserHost.Track5));
        var endsOn = DateOnly.ParseExact(notices.EnumerateArray().First().GetProperty("endsOn").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var end = endsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await phone.Page.GotoAsync(await IssuePageAsync(manager));
        await Expect(Why(phone, sitting.IdNumbers[0])).ToHaveTextAsync($"尚不能发证：公示期至 {end}（含），期满后可发证");
        await phone.ScreenshotAsync("issue-waits");
        await phone.Page.GotoAsync("/admin");
        await Expect(phone.Page.Locator("ul.waiting a[href='/admin/certificates/issue']").Filter(new() { HasText = end }))
            .ToContainTextAsync($"公示期至 {end}（含），{endsOn.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} 起可发证");
        await phone.ScreenshotAsync("dashboard");
    }

    // The candidates just enrolled are the track's last: the 发证 board lists in order of enrolment.
    private static async Task<string> IssuePageAsync(HttpClient manager)
    {
        var board = await manager.GetFromJsonAsync<JsonElement>("/api/certificates/readiness?track=" + Uri.EscapeDataString(BrowserHost.Track5));
        return $"/admin/certificates/issue?track={Uri.EscapeDataString(BrowserHost.Track5)}&p={board.GetProperty("pages").GetInt32()}";
    }

    private Microsoft.Playwright.ILocator Why(BrowserPage browser, string idNumber) =>
        browser.Page.Locator($"tr[data-candidate='{host.Services.GetRequiredService<CandidateRowKeys>().Of(idNumber)}'] td.why");

    private async Task RecordAsync(TheorySitting sitting, int index, decimal theory, decimal practical)
    {
        var candidate = host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICandidateGrain>(sitting.IdNumbers[index]);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        await candidate.RecordResultAsync(new ComponentResultRecord(BrowserHost.Track5, ExamComponent.Theory, theory, 60m, today, sitting.Id, false));
        await candidate.RecordResultAsync(new ComponentResultRecord(BrowserHost.Track5, ExamComponent.Practical, practical, 60m, today, sitting.Id + "-P", false));
    }
}
