using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Staff;

/// <summary>
/// Who runs a practical sitting, in Chromium: it names no proctor, so its chief assessor (考评组长) finds the console from
/// the scoring desk and the dashboard and runs it there; closing it speaks of scoring, not of papers; a close says at once
/// that it runs; and the sittings list offers only the changes a sitting's state allows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PracticalConsoleTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Chief_FromTheScoringDesk_OpensTheConsole_AndRunsThePracticalSitting()
    {
        var sitting = await StaffSittings.PracticalAsync(host, candidates: 2, openCheckIn: false, proctors: false);
        await using var browser = await host.NewPageAsync("practical-chief-console", sitting.Chief, width: 1280);
        var page = browser.Page;

        await page.GotoAsync("/assess");
        var desk = page.Locator($"section[data-session='{sitting.Id}']");
        await Expect(desk.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "打开考场控制台" })).ToHaveAttributeAsync("href", $"/proctor/{sitting.Id}");
        await browser.ScreenshotAsync("desk");
        await desk.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "打开考场控制台" }).ClickAsync();

        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "scheduled");
        await Expect(page.Locator("#access-code")).ToHaveCountAsync(0);
        await Expect(page.Locator("#console")).Not.ToContainTextAsync("请向考生公布");
        await Expect(page.Locator("#roster tr")).ToHaveCountAsync(2);
        await page.ClickAsync("button[data-action=open-check-in]");
        await Expect(page.Locator("#message")).ToHaveTextAsync("已开放签到，考题已抽定，考评员可在评分台看到考生。");
        await page.CheckAsync("#select-all");
        await page.ClickAsync("button[data-action=check-in-selected]");
        await Expect(page.Locator("#message")).ToHaveTextAsync("批量签到完成，签到人数：2");
        // The sitting is scheduled 30 minutes on: 开考 now asks first (issue 16, point 5).
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.ClickAsync("button[data-action=start]");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "running");
        await Expect(page.Locator("#roster tr[data-seat='1']")).ToHaveAttributeAsync("data-status", "scoring");
        await browser.ScreenshotAsync("running");
        await Expect(page.Locator("#console > p > a[href='/assess']")).ToBeVisibleAsync();

        await page.GotoAsync("/admin");
        await Expect(page.Locator($"table.sittings a.console-link[href='/proctor/{sitting.Id}']")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task PlainAssessor_OnTheScoringDesk_IsToldWhoRunsTheSitting_AndHasNoConsoleLink()
    {
        var sitting = await StaffSittings.PracticalAsync(host, openCheckIn: false, proctors: false);
        await using var browser = await host.NewPageAsync("practical-plain-assessor", sitting.Assessors[1], width: 1280);
        var page = browser.Page;

        await page.GotoAsync("/assess");
        var desk = page.Locator($"section[data-session='{sitting.Id}']");

        await Expect(desk.Locator(".console-owner")).ToContainTextAsync("由考评组长");
        await Expect(desk.Locator(".console-owner")).ToContainTextAsync("在考场控制台操作");
        await Expect(desk.Locator($"a[href='/proctor/{sitting.Id}']")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("desk");
    }

    [BrowserFact]
    public async Task Close_PracticalSitting_NamesOnlyCandidatesWhoseScoringIsIncomplete_AndAnswersInPracticalWords()
    {
        var sitting = await StaffSittings.PracticalAsync(host, candidates: 2, openCheckIn: false, proctors: false);
        foreach (var verb in new[] { "open-check-in", "seats/1/check-in", "seats/2/check-in", "start" })
        {
            var response = await sitting.Chief.PostAsJsonAsync($"/api/sessions/{sitting.Id}/{verb}", new { identityConfirmed = true });
            Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{verb}: {await response.Content.ReadAsStringAsync()}");
        }

        await ScoreEveryTaskAsync(sitting, candidate: 0);
        await using var browser = await host.NewPageAsync("practical-close", sitting.Chief, width: 1280);
        var page = browser.Page;
        await page.GotoAsync($"/proctor/{sitting.Id}");
        await Expect(page.Locator("#roster tr[data-seat='1']")).ToHaveAttributeAsync("data-status", "scored");
        string? asked = null;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };

        await page.FillAsync("#reason", "评分结束");
        await page.ClickAsync("button[data-action=close]");

        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "closed");
        await Expect(page.Locator("#message")).ToHaveTextAsync("考试已结束，未签到的考生记为缺考；评分和裁定可继续。原因：评分结束。评分尚未完成：2 实操考生2");
        await browser.ScreenshotAsync("closed");
        Assert.NotNull(asked);
        Assert.StartsWith("以下考生的评分尚未完成：2 实操考生2", asked);
        Assert.DoesNotContain("1 实操考生", asked);
        Assert.DoesNotContain("仍在答题", asked);
        Assert.DoesNotContain("答卷", asked);
    }

    [BrowserFact]
    public async Task Close_SaysAtOnceThatItRuns_WithEveryButtonOff_ThenShowsTheAnswer()
    {
        var sitting = await host.SittingAsync(candidates: 1);
        await using var browser = await host.NewPageAsync("proctor-closing", sitting.Proctor, width: 1280);
        var page = browser.Page;
        // The close is held at the network until the test lets it through: what the page shows meanwhile is what a
        // proctor sees while a full room closes.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/api/sessions/*/close", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync($"/proctor/{sitting.Id}");
        await Expect(page.Locator("#roster tr")).ToHaveCountAsync(1);

        await page.FillAsync("#reason", "考试时间到");
        await page.ClickAsync("button[data-action=close]");

        await Expect(page.Locator("#message")).ToHaveTextAsync("正在结束考试…");
        await Expect(page.Locator("button[data-action=close]")).ToBeDisabledAsync();
        await Expect(page.Locator("button[data-action=pause]")).ToBeDisabledAsync();
        await Expect(page.Locator("button[data-action=extend]")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("closing");
        release.SetResult();
        await Expect(page.Locator("#message")).ToHaveTextAsync("考试已结束，未交卷的答卷已全部提交。原因：考试时间到");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "closed");
    }

    [BrowserFact]
    public async Task SittingsList_OffersOnlyTheChangesTheStateAllows_AndLinksEachConsole()
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var closed = await host.SittingAsync(candidates: 1);
        Assert.Equal(HttpStatusCode.NoContent, (await closed.Proctor.PostAsJsonAsync($"/api/sessions/{closed.Id}/close", new { reason = "结束" })).StatusCode);
        var checkIn = await StaffSittings.TheoryWithoutCheckInAsync(host);
        var scheduled = await StaffSittings.PracticalAsync(host, openCheckIn: false, proctors: false);
        await using var browser = await host.NewPageAsync("sittings-changes", manager, width: 1280);
        var page = browser.Page;

        await page.GotoAsync("/admin/sessions");

        await Expect(page.Locator($"#sittings tr[data-id='{closed.Id}'] td.changes")).ToHaveTextAsync("名单与准考证");
        await Expect(page.Locator($"#sittings tr[data-id='{checkIn}'] td.changes")).ToHaveTextAsync("改期、取消");
        await Expect(page.Locator($"#sittings tr[data-id='{scheduled.Id}'] td.changes")).ToHaveTextAsync("改期、取消、调场");
        foreach (var id in new[] { closed.Id, checkIn, scheduled.Id })
        {
            await Expect(page.Locator($"#sittings tr[data-id='{id}'] a.console-link")).ToHaveAttributeAsync("href", $"/proctor/{id}");
        }

        await browser.ScreenshotAsync("list");
    }

    // Every assessor signs a full-marks sheet for every task of one candidate (the same marks: nothing is held for the chief).
    private static async Task ScoreEveryTaskAsync(StaffSittings.Practical sitting, int candidate)
    {
        foreach (var assessor in sitting.Assessors)
        {
            var assignments = await assessor.GetFromJsonAsync<JsonElement>("/api/practical/assignments");
            var mine = assignments.EnumerateArray().Single(a => a.GetProperty("sessionId").GetString() == sitting.Id);
            var tasks = mine.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("ticket").GetString() == sitting.Tickets[candidate]).GetProperty("tasks");
            foreach (var task in tasks.EnumerateArray())
            {
                var path = $"/api/practical/{sitting.Id}/{sitting.Tickets[candidate]}/tasks/{Uri.EscapeDataString(task.GetProperty("taskId").GetString()!)}";
                var rubric = await assessor.GetFromJsonAsync<JsonElement>(path);
                var signed = await assessor.PostAsJsonAsync(path + "/sheet", new
                {
                    awarded = rubric.GetProperty("rubric").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("points").GetDecimal()),
                    vetoes = Array.Empty<int>(),
                    remark = (string?)null,
                });
                Assert.True(signed.StatusCode == HttpStatusCode.NoContent, await signed.Content.ReadAsStringAsync());
            }
        }
    }
}
