using System.Net;
using System.Net.Http.Json;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Server.Features.Results;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Staff;

/// <summary>
/// Scheduling in Chromium, on a desktop and a 360 px phone: select all / none with the count against the seats, the
/// staffing rule in plain words, a refusal over the room's seats, copying a theory roster for the practical sitting; and
/// on a sitting's page moving a candidate, cancelling, and the tickets as one PDF.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SchedulingChangesPageTests(BrowserHost host)
{
    [BrowserFact]
    public Task SessionsPage_SelectAllSeatsAndCopyRoster_OnADesktop() => FormAsync("schedule-form-desktop", 1280);

    [BrowserFact]
    public Task SessionsPage_SelectAllSeatsAndCopyRoster_OnAPhone() => FormAsync("schedule-form-phone", 360);

    [BrowserFact]
    public Task SittingPage_MoveCancelAndTicketsPdf_OnADesktop() => ChangesAsync("sitting-changes-desktop", 1280);

    [BrowserFact]
    public Task SittingPage_MoveCancelAndTicketsPdf_OnAPhone() => ChangesAsync("sitting-changes-phone", 360);

    private async Task FormAsync(string name, int width)
    {
        var (admin, manager, ids) = await EnrolledAsync(3);
        var theory = "BT-" + Guid.NewGuid().ToString("N")[..8];
        await ScheduleAsync(manager, theory, ids.Take(2).ToList());
        await using var browser = await host.NewPageAsync(name, admin, width: width);
        var page = browser.Page;
        await page.GotoAsync("/admin/sessions?track=" + Uri.EscapeDataString(BrowserHost.Track5));
        await page.SelectOptionAsync("#Component", "theory");
        await page.FillAsync("#Capacity", "5000");

        await page.ClickAsync("#select-all");
        var listed = await page.Locator("input[name=Roster]").CountAsync();
        await Expect(page.Locator("input[name=Roster]:checked")).ToHaveCountAsync(listed);
        await Expect(page.Locator("[data-hint=count]")).ToHaveTextAsync($"已选 {listed} 名考生，考场 5000 个座位");
        await Expect(page.Locator("[data-hint=theory]")).ToHaveTextAsync(
            $"每 15 名考生至少 1 名监考人员，每个考场不少于 2 名；本场 {listed} 人需 {Math.Max(2, (listed + 14) / 15)} 名监考人员，已选 0 名");
        await browser.ScreenshotAsync("all");
        await page.ClickAsync("#select-none");
        await Expect(page.Locator("input[name=Roster]:checked")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-hint=count]")).ToHaveTextAsync("已选 0 名考生，考场 5000 个座位");

        // Over the room's seats: the hint warns, and the sitting refuses with the seats in words.
        var id = "BS-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillAsync("#Id", id);
        await page.FillAsync("#Centre", "长治市职业技能鉴定中心");
        await page.FillAsync("#Room", "306");
        await page.FillAsync("#Capacity", "2");
        await page.CheckAsync("input[name=Proctors][value='proctor.li']");
        await page.CheckAsync("input[name=Proctors][value='proctor.zhao']");
        foreach (var idNumber in ids)
        {
            await page.CheckAsync($"input[name=Roster][value='{Key(idNumber)}']");
        }

        await Expect(page.Locator("[data-hint=count]")).ToHaveTextAsync("已选 3 名考生，超过考场的 2 个座位");
        await page.ClickAsync("#schedule-submit");
        await Expect(page.Locator("#schedule-errors")).ToContainTextAsync("考场座位不足：本考场 2 个座位，名单有 3 名考生");
        await browser.ScreenshotAsync("over-capacity");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/sessions/{id}")).StatusCode);

        // The practical sitting copies the theory roster.
        await page.SelectOptionAsync("#copyFrom", theory);
        await page.ClickAsync("#copy-submit");
        await Expect(page.Locator("#copied")).ToContainTextAsync($"已复制理论场次 {theory} 的 2 名考生");
        await Expect(page.Locator("#Component")).ToHaveValueAsync("practical");
        await Expect(page.Locator($"input[name=Roster][value='{Key(ids[0])}']")).ToBeCheckedAsync();
        await Expect(page.Locator($"input[name=Roster][value='{Key(ids[1])}']")).ToBeCheckedAsync();
        await Expect(page.Locator($"input[name=Roster][value='{Key(ids[2])}']")).Not.ToBeCheckedAsync();
        await browser.ScreenshotAsync("copied");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the screen");
    }

    private async Task ChangesAsync(string name, int width)
    {
        var (admin, manager, ids) = await EnrolledAsync(3);
        var (from, to) = ("BM-" + Guid.NewGuid().ToString("N")[..8], "BN-" + Guid.NewGuid().ToString("N")[..8]);
        await ScheduleAsync(manager, from, ids.Take(2).ToList());
        await ScheduleAsync(manager, to, ids.Skip(2).ToList());
        await using var browser = await host.NewPageAsync(name, admin, width: width);
        var page = browser.Page;
        await page.GotoAsync($"/admin/sessions/{from}");
        await Expect(page.Locator("#sitting-seats")).ToHaveTextAsync("已用座位 2 / 30");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#tickets-pdf"));
        var pdf = await download.PathAsync();
        Assert.Equal($"{from}-tickets.pdf", download.SuggestedFilename);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf))[..4]));

        await page.SelectOptionAsync("#move-seat", "1");
        await page.SelectOptionAsync("#move-to", to);
        await page.FillAsync("#move-reason", "本人申请改到下午");
        await page.ClickAsync("#move-submit");
        await Expect(page.Locator("#message")).ToHaveTextAsync("已调场，考生的准考证号不变");
        await Expect(page.Locator("#sitting-seats")).ToHaveTextAsync("已用座位 1 / 30");
        await browser.ScreenshotAsync("moved");

        await page.FillAsync("#cancel-reason", "考场停电");
        await page.ClickAsync("#cancel-submit");
        await Expect(page.Locator("#change-errors")).ToContainTextAsync("请勾选确认取消本场次");
        await Expect(page.Locator("#sitting-state")).ToHaveTextAsync("已安排");
        await page.FillAsync("#cancel-reason", "考场停电");
        await page.CheckAsync("#cancel-confirm");
        await page.ClickAsync("#cancel-submit");
        await Expect(page.Locator("#message")).ToContainTextAsync("已取消本场次");
        await Expect(page.Locator("#sitting-state")).ToHaveTextAsync("已取消");
        await Expect(page.Locator("#cancelled")).ToContainTextAsync("考场停电");
        await browser.ScreenshotAsync("cancelled");
        var moved = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/sessions/{to}");
        Assert.Equal(2, moved.GetProperty("rostered").GetInt32());
    }

    private static async Task ScheduleAsync(HttpClient manager, string id, IReadOnlyList<string> ids)
    {
        var response = await manager.PostAsJsonAsync("/api/sessions", new
        {
            id, trackKey = BrowserHost.Track5, component = "theory", centre = "长治市职业技能鉴定中心", room = "305",
            startsAt = new DateTimeOffset(2026, 12, 19, 8, 30, 0, TimeSpan.FromHours(8)), minutes = 90, proctors = new[] { "proctor.li", "proctor.zhao" },
            roster = ids.Select((idNumber, i) => new { idNumber, seat = i + 1 }).ToArray(), capacity = 30,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpClient Admin, HttpClient Manager, List<string> IdNumbers)> EnrolledAsync(int count)
    {
        var admin = await host.AdminAsync();
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        await host.StaffAsync("proctor.li", "Proctor");
        await host.StaffAsync("proctor.zhao", "Proctor");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = BrowserHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var idNumber = BrowserHost.NewIdNumber();
            Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name = $"排场{i}", idNumber, county = "潞州区" })).StatusCode);
            var enrolled = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
            {
                trackKey = BrowserHost.Track5,
                evidence = new object[] { new { id = "work-1", kind = "work", from = "2022-01-01", occupation = "家政服务员", related = true, hours = 0 } },
            });
            Assert.True(enrolled.StatusCode == HttpStatusCode.NoContent, await enrolled.Content.ReadAsStringAsync());
            ids.Add(idNumber);
        }

        return (admin, manager, ids);
    }

    // The roster's boxes carry the candidates' row keys, never their ID numbers.
    private string Key(string idNumber) => host.Services.GetRequiredService<CandidateRowKeys>().Of(idNumber);
}
