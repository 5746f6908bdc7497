using System.Net;
using System.Net.Http.Json;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Server.Features.Results;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Staff;

/// <summary>
/// Exam batches (批次) in Chromium, on a desktop and a 360 px phone: a batch created from its page, a theory sitting and
/// then a practical one (its roster copied) scheduled into it from the sittings page, and the batch listing its two
/// sittings and its candidates, each with the one ticket number their theory sitting gave them, printed per batch.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BatchPageTests(BrowserHost host)
{
    [BrowserFact]
    public Task BatchPages_CreateAndScheduleTheoryAndPracticalIntoIt_OneTicketPerCandidate_OnADesktop() => ScheduleIntoABatchAsync("batch-desktop", 1280);

    [BrowserFact]
    public Task BatchPages_CreateAndScheduleTheoryAndPracticalIntoIt_OneTicketPerCandidate_OnAPhone() => ScheduleIntoABatchAsync("batch-phone", 360);

    private async Task ScheduleIntoABatchAsync(string name, int width)
    {
        var (admin, ids) = await EnrolledAsync(2);
        var batchName = "2026年第" + Guid.NewGuid().ToString("N")[..4] + "批";
        var (theory, practical) = ("BT-" + Guid.NewGuid().ToString("N")[..8], "BP-" + Guid.NewGuid().ToString("N")[..8]);
        await using var browser = await host.NewPageAsync(name, admin, width: width);
        var page = browser.Page;

        await page.GotoAsync("/admin/batches?track=" + Uri.EscapeDataString(BrowserHost.Track5));
        await page.FillAsync("#Name", batchName);
        await page.FillAsync("#Centre", "长治市职业技能鉴定中心");
        await page.FillAsync("#FirstDay", "2026-12-19");
        await page.FillAsync("#LastDay", "2026-12-20");
        await browser.ScreenshotAsync("create");
        await page.ClickAsync("#create-submit");
        await Expect(page.Locator("h1")).ToHaveTextAsync(batchName);
        await page.ClickAsync("#schedule-into");
        await Expect(page.Locator("#batch-chosen")).ToContainTextAsync(batchName);

        await FillAsync(page, theory, "theory", "305", "2026-12-19T08:30");
        foreach (var idNumber in ids)
        {
            await page.CheckAsync($"input[name=Roster][value='{Key(idNumber)}']");
        }

        await page.ClickAsync("#schedule-submit");
        await Expect(page.Locator("#message")).ToHaveTextAsync($"已安排场次 {theory}");
        await Expect(page.Locator("#batch-chosen")).ToContainTextAsync(batchName);

        await page.SelectOptionAsync("#copyFrom", theory);
        await page.ClickAsync("#copy-submit");
        await Expect(page.Locator("#copied")).ToContainTextAsync($"已复制理论场次 {theory} 的 2 名考生");
        await FillAsync(page, practical, "practical", "实训室", "2026-12-19T14:30");
        foreach (var assessor in new[] { "assessor.wang", "assessor.liu", "assessor.chen" })
        {
            await page.CheckAsync($"input[name=Assessors][value='{assessor}']");
        }

        await page.SelectOptionAsync("#ChiefAssessor", "assessor.wang");
        await browser.ScreenshotAsync("practical");
        await page.ClickAsync("#schedule-submit");
        await Expect(page.Locator("#message")).ToHaveTextAsync($"已安排场次 {practical}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the sittings page is wider than the screen");

        await page.ClickAsync("#batch-chosen a");
        await Expect(page.Locator("#batch-sittings tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator($"#batch-sittings tr[data-sitting='{practical}']")).ToContainTextAsync("操作技能");
        await Expect(page.Locator("#batch-candidates tbody tr")).ToHaveCountAsync(2);
        // Seats are numbered in the roster's order (the enrolled list's, by ID number), so either candidate may hold 001.
        var first = await page.Locator($"#batch-candidates tr[data-ticket='{theory}-001']").InnerTextAsync();
        var second = await page.Locator($"#batch-candidates tr[data-ticket='{theory}-002']").InnerTextAsync();
        Assert.Equal(["批次考生0", "批次考生1"], new[] { first, second }.Select(row => row.Contains("批次考生0", StringComparison.Ordinal) ? "批次考生0" : row.Contains("批次考生1", StringComparison.Ordinal) ? "批次考生1" : row).Order(StringComparer.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the batch page is wider than the screen");
        await browser.ScreenshotAsync("batch");

        // Printed per batch: each candidate's theory and practical tickets, under their one number.
        var tickets = await admin.GetStringAsync(await page.GetAttributeAsync("#print-tickets", "href"));
        Assert.Equal(4, tickets.Split("class=\"ticket-page\"").Length - 1);
        Assert.Contains($"{theory}-002", tickets, StringComparison.Ordinal);
        Assert.DoesNotContain($"{practical}-00", tickets, StringComparison.Ordinal);
        var roster = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/sessions/{practical}/roster");
        Assert.Equal([$"{theory}-001", $"{theory}-002"], roster.EnumerateArray().Select(r => r.GetProperty("ticket").GetString()));

        // The list of every sitting names each one's batch and links to it; the dashboard links to the batches.
        var batchPage = page.Url;
        await page.GotoAsync("/admin/sessions");
        var batchCell = page.Locator($"#sittings tr[data-id='{practical}'] td.batch a");
        await Expect(batchCell).ToHaveTextAsync(batchName);
        await Expect(page.Locator($"#sittings tr[data-id='{theory}'] td.batch a")).ToHaveTextAsync(batchName);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the sittings page is wider than the screen");
        await browser.ScreenshotAsync("sittings-batch-column");
        await batchCell.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(batchName);
        Assert.Equal(batchPage, page.Url);
        await page.GotoAsync("/admin");
        await browser.ScreenshotAsync("dashboard");
        await page.ClickAsync("#batches-link");
        await Expect(page.Locator("h1")).ToHaveTextAsync("考试批次");
        Assert.EndsWith("/admin/batches", page.Url, StringComparison.Ordinal);
    }

    private static async Task FillAsync(Microsoft.Playwright.IPage page, string id, string component, string room, string startsAt)
    {
        await page.FillAsync("#Id", id);
        await page.SelectOptionAsync("#Component", component);
        await page.FillAsync("#Centre", "长治市职业技能鉴定中心");
        await page.FillAsync("#Room", room);
        await page.FillAsync("#Capacity", "30");
        await page.FillAsync("#StartsAt", startsAt);
        await page.CheckAsync("input[name=Proctors][value='proctor.li']");
        await page.CheckAsync("input[name=Proctors][value='proctor.zhao']");
    }

    private async Task<(HttpClient Admin, List<string> IdNumbers)> EnrolledAsync(int count)
    {
        var admin = await host.AdminAsync();
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        foreach (var (user, role) in new[] { ("proctor.li", "Proctor"), ("proctor.zhao", "Proctor"), ("assessor.wang", "Assessor"), ("assessor.liu", "Assessor"), ("assessor.chen", "Assessor") })
        {
            await host.StaffAsync(user, role);
        }

        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = BrowserHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var idNumber = BrowserHost.NewIdNumber();
            Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name = $"批次考生{i}", idNumber, county = "潞州区" })).StatusCode);
            var enrolled = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
            {
                trackKey = BrowserHost.Track5,
                evidence = new object[] { new { id = "work-1", kind = "work", from = "2022-01-01", occupation = "家政服务员", related = true, hours = 0 } },
            });
            Assert.True(enrolled.StatusCode == HttpStatusCode.NoContent, await enrolled.Content.ReadAsStringAsync());
            ids.Add(idNumber);
        }

        return (admin, ids);
    }

    private string Key(string idNumber) => host.Services.GetRequiredService<CandidateRowKeys>().Of(idNumber);
}
