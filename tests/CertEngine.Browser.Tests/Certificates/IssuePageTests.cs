using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Browser.Tests.Staff;
using CertEngine.Server.Features.Results;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Certificates;

/// <summary>The 发证, results and hand-out pages in Chromium, on a desktop screen and a 360 px phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IssuePageTests(BrowserHost host)
{
    [BrowserFact]
    public Task IssuePage_Desktop_TickEveryoneReady_IssuesWithProgress_AndSaysWhyTheOthersWait() => IssueAsync(1280);

    [BrowserFact]
    public Task IssuePage_Phone_TickEveryoneReady_IssuesWithProgress_AndSaysWhyTheOthersWait() => IssueAsync(360);

    [BrowserFact]
    public Task ResultsPage_Desktop_ShowsEachStanding_AndHandoutSheetListsTheCertified() => ResultsAsync(1280);

    [BrowserFact]
    public Task ResultsPage_Phone_ShowsEachStanding_AndHandoutSheetListsTheCertified() => ResultsAsync(360);

    private async Task IssueAsync(int width)
    {
        var sitting = await host.SittingAsync(3, start: false);
        await RecordAsync(sitting.IdNumbers[0], 82m, 75m);
        await RecordAsync(sitting.IdNumbers[1], 90m, 66m);
        await RecordAsync(sitting.IdNumbers[2], 45m, null);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var path = await LastPageAsync(manager);
        await using var browser = await host.NewPageAsync($"issue-{width}", manager, width: width);
        browser.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await browser.Page.GotoAsync(path);
        await Expect(Row(browser, sitting.IdNumbers[2]).Locator("td.why")).ToHaveTextAsync("尚不能发证：未通过：理论知识考试；尚未考核：操作技能考核");
        await Expect(Row(browser, sitting.IdNumbers[0]).Locator("input[type=checkbox]")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("ready");
        await browser.Page.ClickAsync("#select-ready");
        await Expect(Row(browser, sitting.IdNumbers[0]).Locator("input[type=checkbox]")).ToBeCheckedAsync();
        await browser.Page.ClickAsync("#issue-button");

        await Expect(browser.Page.Locator("#issue-reload")).ToBeVisibleAsync();
        await Expect(browser.Page.Locator("#issue-log li[data-outcome=issued]")).ToHaveCountAsync(2);
        await Expect(browser.Page.Locator("#issue-progress")).ToHaveJSPropertyAsync("value", 2);
        await browser.ScreenshotAsync("issued");
        await browser.Page.ClickAsync("#issue-reload");
        await Expect(Row(browser, sitting.IdNumbers[0])).ToHaveAttributeAsync("data-state", "AlreadyIssued");
        await Expect(Row(browser, sitting.IdNumbers[1]).Locator("a[href$='format=pdf']")).ToBeVisibleAsync();
        await AssertFitsAsync(browser, width);
        await browser.ScreenshotAsync("certified");
    }

    private async Task ResultsAsync(int width)
    {
        var sitting = await host.SittingAsync(2, start: false);
        await RecordAsync(sitting.IdNumbers[0], 70m, 80m, sitting.Id);
        await RecordAsync(sitting.IdNumbers[1], 50m, null, sitting.Id);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var issued = await manager.PostAsJsonAsync("/api/certificates/issue-batch", new { track = BrowserHost.Track5, idNumbers = new[] { sitting.IdNumbers[0] } });
        var number = (await issued.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("number").GetString()!;
        await using var browser = await host.NewPageAsync($"results-{width}", manager, width: width);

        await browser.Page.GotoAsync("/admin/results?session=" + sitting.Id);

        await Expect(Row(browser, sitting.IdNumbers[0])).ToHaveAttributeAsync("data-standing", "passed");
        await Expect(Row(browser, sitting.IdNumbers[1]).Locator("td.standing-failed")).ToHaveTextAsync("不合格");
        await Expect(browser.Page.Locator("a[href$='format=xlsx']")).ToBeVisibleAsync();
        await AssertFitsAsync(browser, width);
        await browser.ScreenshotAsync("sitting");

        await browser.Page.GotoAsync("/admin/certificates/handout?session=" + sitting.Id);

        await Expect(browser.Page.Locator("table.handout tbody tr")).ToHaveCountAsync(1);
        await Expect(browser.Page.Locator("table.handout tbody tr")).ToContainTextAsync(number);
        await browser.ScreenshotAsync("handout");
    }

    [BrowserFact]
    public async Task IssuePage_AbsentCandidate_IsSaidToBeAbsent_NotToHaveFailed_InEachLanguage()
    {
        var sittingId = await StaffSittings.TheoryWithoutCheckInAsync(host, candidates: 2);
        var roster = (await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IExamSessionGrain>(sittingId).GetAsync())!.Plan.Roster.OrderBy(r => r.Seat).ToList();
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var marked = await proctor.PostAsJsonAsync($"/api/sessions/{sittingId}/seats/1/absent", new { reason = "未到场" });
        Assert.True(marked.IsSuccessStatusCode, await marked.Content.ReadAsStringAsync());
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var path = await LastPageAsync(manager);
        await using var browser = await host.NewPageAsync("issue-absent", manager, width: 1280);

        await browser.Page.GotoAsync(path);

        await Expect(Row(browser, roster[0].IdNumber).Locator("td.why")).ToHaveTextAsync("尚不能发证：缺考：理论知识考试；尚未考核：操作技能考核");
        await Expect(Row(browser, roster[1].IdNumber).Locator("td.why")).ToHaveTextAsync("尚不能发证：尚未考核：理论知识考试、操作技能考核");
        await browser.ScreenshotAsync("absent");
        await browser.Page.GotoAsync(path + "&lang=en");
        await Expect(Row(browser, roster[0].IdNumber).Locator("td.why")).ToHaveTextAsync("no certificate yet: absent from: theory exam; not yet sat: practical assessment");
    }

    [BrowserFact]
    public async Task CertificatesPage_Suspend_WarnsTheReasonIsPublic_AndShowsTheStatusInWords()
    {
        var sitting = await host.SittingAsync(1, start: false);
        await RecordAsync(sitting.IdNumbers[0], 70m, 80m);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var issued = await manager.PostAsJsonAsync("/api/certificates/issue-batch", new { track = BrowserHost.Track5, idNumbers = new[] { sitting.IdNumbers[0] } });
        var number = (await issued.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("number").GetString()!;
        await using var browser = await host.NewPageAsync("certificates-suspend", manager, width: 360);

        await browser.Page.GotoAsync("/admin/certificates?q=" + number[2..12]);
        var card = browser.Page.Locator($"section.certificate[data-number='{number}']");
        var suspend = card.Locator("form[data-action=suspend]");
        await Expect(suspend.Locator(".suspend-warning")).ToContainTextAsync("公开的证书验证页上显示");
        await suspend.Locator("input[name=reason]").FillAsync("申诉复核中");
        await suspend.Locator("input[name=publicReason]").CheckAsync();
        await browser.ScreenshotAsync("warning");
        await suspend.Locator("button").ClickAsync();

        await Expect(browser.Page.Locator("#message")).ToHaveTextAsync($"已暂停证书 {number}，原因已在验证页公开。");
        await Expect(browser.Page.Locator($"section.certificate[data-number='{number}'] h2 .badge")).ToHaveTextAsync("已暂停");
        await browser.ScreenshotAsync("suspended");
    }

    [BrowserFact]
    public async Task IssuePage_CertificateZip_SaysItIsBeingPrepared_AndASecondClickStartsNoSecondDownload()
    {
        var sitting = await host.SittingAsync(1, start: false);
        await RecordAsync(sitting.IdNumbers[0], 82m, 75m);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var issued = await manager.PostAsJsonAsync("/api/certificates/issue-batch", new { track = BrowserHost.Track5, idNumbers = new[] { sitting.IdNumbers[0] } });
        Assert.True(issued.IsSuccessStatusCode, await issued.Content.ReadAsStringAsync());
        var path = await LastPageAsync(manager);
        await using var browser = await host.NewPageAsync("issue-zip", manager, width: 1280);
        // The page's clock is the test's: the script looks for the server's answer only when the test moves time on, so the
        // link stays busy however fast the ZIP comes.
        await browser.Page.Clock.InstallAsync();
        var downloads = new List<Microsoft.Playwright.IDownload>();
        browser.Page.Download += (_, download) => downloads.Add(download);

        await browser.Page.GotoAsync(path);
        await Expect(browser.Page.Locator("#zip-note")).ToContainTextAsync("可能需要一两分钟");
        var first = browser.Page.WaitForDownloadAsync(new() { Timeout = 60_000 });
        await browser.Page.ClickAsync("#zip-html");
        await Expect(browser.Page.Locator("#zip-html")).ToHaveAttributeAsync("aria-busy", "true");
        await Expect(browser.Page.Locator("#zip-status")).ToContainTextAsync("正在准备 ZIP");
        var zip = await first;
        await browser.ScreenshotAsync("zip-preparing");
        await browser.Page.ClickAsync("#zip-html", new() { Force = true });
        await browser.Page.ClickAsync("#zip-pdf", new() { Force = true });
        Assert.True(new FileInfo(await zip.PathAsync()).Length > 0);
        Assert.EndsWith("-html.zip", zip.SuggestedFilename, StringComparison.Ordinal);
        await Expect(browser.Page.Locator("#zip-html")).ToHaveAttributeAsync("aria-busy", "true");

        await browser.Page.Clock.RunForAsync(1_000);

        await Expect(browser.Page.Locator("#zip-html")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(browser.Page.Locator("#zip-status")).ToBeHiddenAsync();
        Assert.Single(downloads);
    }

    // The page may scroll a table inside its card, never sideways as a whole; the message names what sticks out.
    private static async Task AssertFitsAsync(BrowserPage browser, int width)
    {
        var wider = await browser.Page.EvaluateAsync<string>(
            "w => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-scroll'))" +
            ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')", width);
        Assert.True(await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, "the page is wider than the screen: " + wider);
    }

    // Rows are keyed by the candidate's row key, never by the whole ID number.
    private Microsoft.Playwright.ILocator Row(BrowserPage browser, string idNumber) =>
        browser.Page.Locator($"tr[data-candidate='{host.Services.GetRequiredService<CandidateRowKeys>().Of(idNumber)}']");

    private async Task RecordAsync(string idNumber, decimal theory, decimal? practical, string theorySitting = "T-theory")
    {
        var candidate = host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICandidateGrain>(idNumber);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        await candidate.RecordResultAsync(new ComponentResultRecord(BrowserHost.Track5, ExamComponent.Theory, theory, 60m, today, theorySitting, false));
        if (practical is { } score)
        {
            await candidate.RecordResultAsync(new ComponentResultRecord(BrowserHost.Track5, ExamComponent.Practical, score, 60m, today, "P-practical", false));
        }
    }

    // The candidates just enrolled are the track's last: the board lists in order of enrolment.
    private static async Task<string> LastPageAsync(HttpClient manager)
    {
        var board = await manager.GetFromJsonAsync<JsonElement>("/api/certificates/readiness?track=" + Uri.EscapeDataString(BrowserHost.Track5));
        return $"/admin/certificates/issue?track={Uri.EscapeDataString(BrowserHost.Track5)}&p={board.GetProperty("pages").GetInt32()}";
    }
}
