using System.Net;
using System.Net.Http.Json;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Server.Features.Results;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Staff;

/// <summary>The administration pages for tracks and sittings in Chromium, on a phone-sized screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SchedulePageTests(BrowserHost host)
{
    [BrowserFact]
    public async Task SessionsPage_AdminSchedulesATheorySitting_SeesItListed()
    {
        var admin = await host.AdminAsync();
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        await host.StaffAsync("proctor.li", "Proctor");
        await host.StaffAsync("proctor.zhao", "Proctor");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = BrowserHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var idNumber = BrowserHost.NewIdNumber();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name = "排考考生", idNumber, county = "潞州区" })).StatusCode);
        var enrolled = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
        {
            trackKey = BrowserHost.Track5,
            evidence = new object[] { new { id = "work-1", kind = "work", from = "2022-01-01", occupation = "家政服务员", related = true, hours = 0 } },
        });
        Assert.True(enrolled.StatusCode == HttpStatusCode.NoContent, await enrolled.Content.ReadAsStringAsync());
        var id = "B-" + Guid.NewGuid().ToString("N")[..8];
        await using var browser = await host.NewPageAsync("admin-schedule", admin);

        await browser.Page.GotoAsync("/admin/sessions?track=" + Uri.EscapeDataString(BrowserHost.Track5));
        await browser.Page.FillAsync("#Id", id);
        await browser.Page.SelectOptionAsync("#Component", "theory");
        await browser.Page.FillAsync("#Centre", "长治市职业技能鉴定中心");
        await browser.Page.FillAsync("#Room", "306");
        await browser.Page.FillAsync("#Capacity", "40");
        await browser.Page.FillAsync("#StartsAt", "2026-11-24T09:00");
        await browser.Page.CheckAsync("input[name=Proctors][value='proctor.li']");
        await browser.Page.CheckAsync("input[name=Proctors][value='proctor.zhao']");
        await browser.Page.CheckAsync($"input[name=Roster][value='{Key(idNumber)}']");
        await Expect(browser.Page.Locator("[data-hint=count]")).ToHaveTextAsync("已选 1 名考生，考场 40 个座位");
        await Expect(browser.Page.Locator("[data-hint=theory]")).ToHaveTextAsync("每 15 名考生至少 1 名监考人员，每个考场不少于 2 名；本场 1 人需 2 名监考人员，已选 2 名");
        await Expect(browser.Page.Locator("#Minutes")).ToHaveValueAsync("90");
        await Expect(browser.Page.Locator("#assessors")).ToBeHiddenAsync();
        await browser.ScreenshotAsync("form");

        await browser.Page.ClickAsync("#schedule-submit");

        await Expect(browser.Page.Locator("#message")).ToHaveTextAsync($"已安排场次 {id}");
        var row = browser.Page.Locator($"#sittings tr[data-id='{id}']");
        await Expect(row).ToContainTextAsync("理论知识");
        await Expect(row).ToContainTextAsync("2026-11-24 09:00");
        await Expect(row.Locator("td:first-child a")).ToHaveAttributeAsync("href", $"/proctor/{id}");
        await Expect(row.Locator("td.seats")).ToHaveTextAsync("1 / 40");
        await browser.ScreenshotAsync("listed");
    }

    [BrowserFact]
    public async Task TracksPage_ListsTheTracks_WithTheOpenedOnesVersion()
    {
        var admin = await host.AdminAsync();
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = BrowserHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        await using var browser = await host.NewPageAsync("admin-tracks", admin);

        await browser.Page.GotoAsync("/admin/tracks");

        var track = browser.Page.Locator($".track[data-key='{BrowserHost.Track5}']");
        await Expect(track.Locator(".track-state")).ToHaveTextAsync("已开通 · 题库第 1 版");
        await Expect(track.Locator("tr[data-component=theory]")).ToContainTextAsync("90 分钟");
        await Expect(browser.Page.Locator(".track[data-key='专项/ZX-MYHL']")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("tracks");
    }

    // The roster's boxes carry the candidates' row keys, never their ID numbers.
    private string Key(string idNumber) => host.Services.GetRequiredService<CandidateRowKeys>().Of(idNumber);
}
