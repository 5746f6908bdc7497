using System.Net;
using System.Net.Http.Json;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Candidates;

/// <summary>
/// A centre manager finds candidates on the candidates page (search, filters, pages, ID numbers masked), opens one,
/// has a bad phone number refused in words, corrects it and sees who changed what; and registers with the track picked
/// from the opened tracks. On a desktop and a 360 px phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CandidatesPageTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Manager_SearchesPagesAndEditsACandidate_OnADesktop() => await SearchAndEditAsync("candidates-desktop", 1280);

    [BrowserFact]
    public async Task Manager_SearchesPagesAndEditsACandidate_OnAPhone() => await SearchAndEditAsync("candidates-phone", 360);

    [BrowserFact]
    public async Task Manager_RegistersWithATrackPickedFromTheOpenedTracks()
    {
        var manager = await host.StaffAsync("candidates.register", "CentreManager");
        (await manager.PostAsJsonAsync("/api/tracks/open", new { key = BrowserHost.Track5, bankVersion = 1 })).EnsureSuccessStatusCode();
        var idNumber = BrowserHost.NewIdNumber();
        await using var browser = await host.NewPageAsync("candidates-register", manager, width: 360);
        var page = browser.Page;

        await page.GotoAsync("/admin/candidates");
        await Expect(page.Locator($"#TrackKey option[value='{BrowserHost.Track5}']")).ToHaveCountAsync(1);
        await page.FillAsync("#Name", "郭靖");
        await page.FillAsync("#IdNumber", idNumber);
        await page.FillAsync("#Phone", "0355-2021234");
        await page.SelectOptionAsync("#TrackKey", BrowserHost.Track5);
        await page.FillAsync("#WorkYears", "3");
        await page.ClickAsync("form[action*='handler=Register'] button[type=submit]");

        await Expect(page.Locator("p.card.done")).ToContainTextAsync("已登记并申报");
        await browser.ScreenshotAsync("registered");
        var candidate = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/candidates/{idNumber}");
        Assert.Equal(("0355-2021234", BrowserHost.Track5), (candidate.GetProperty("profile").GetProperty("phone").GetString(),
            candidate.GetProperty("enrolments")[0].GetProperty("trackKey").GetString()));
    }

    private async Task SearchAndEditAsync(string name, int width)
    {
        var manager = await host.StaffAsync(name + ".manager", "CentreManager");
        var tag = "班" + Guid.NewGuid().ToString("N")[..6];
        var ids = new List<string>();
        for (var i = 0; i < 52; i++)
        {
            var idNumber = BrowserHost.NewIdNumber();
            ids.Add(idNumber);
            var created = await manager.PostAsJsonAsync("/api/candidates", new { name = $"考生{i:00}", idNumber, county = "潞州区", tags = new[] { tag } });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await using var browser = await host.NewPageAsync(name, manager, width: width);
        var page = browser.Page;

        await page.GotoAsync("/admin/candidates");
        await page.FillAsync("#q", tag);
        await page.ClickAsync("form.candidate-search button[type=submit]");
        await Expect(page.Locator("#list-count")).ToContainTextAsync("共 52 名，第 1/2 页");
        await Expect(page.Locator("#candidate-list tr")).ToHaveCountAsync(51);
        await Expect(page.Locator("#candidate-list")).Not.ToContainTextAsync(ids[0]);
        await Expect(page.Locator("#candidate-list")).ToContainTextAsync(ids[0][..4] + "**********" + ids[0][^4..]);
        await browser.ScreenshotAsync("list");
        await page.ClickAsync("nav.pager a[rel=next]");
        await Expect(page.Locator("#list-count")).ToContainTextAsync("第 2/2 页");
        await Expect(page.Locator("#candidate-list tr")).ToHaveCountAsync(3);

        await page.FillAsync("#q", ids[7][^6..]);
        await page.ClickAsync("form.candidate-search button[type=submit]");
        await Expect(page.Locator("#list-count")).ToContainTextAsync("共 1 名");
        await page.ClickAsync("#candidate-list a:text('考生07')");
        await Expect(page.Locator("h1")).ToHaveTextAsync("考生07");
        await Expect(page.Locator("#candidate")).ToContainTextAsync(ids[7]);

        await page.FillAsync("#Phone", "12345");
        await page.ClickAsync("#edit button[type=submit]");
        await Expect(page.Locator("#edit [role=alert]")).ToContainTextAsync("手机号应为 11 位数字");
        await browser.ScreenshotAsync("refused");
        await page.FillAsync("#Name", "考生零七");
        await page.FillAsync("#Phone", "13912345678");
        await page.ClickAsync("#edit button[type=submit]");
        await Expect(page.Locator("#saved")).ToContainTextAsync("已保存");
        await Expect(page.Locator("h1")).ToHaveTextAsync("考生零七");
        await Expect(page.Locator("#trail")).ToContainTextAsync("name: 考生07 -> 考生零七");
        await Expect(page.Locator("#trail")).ToContainTextAsync(name + ".manager");
        await browser.ScreenshotAsync("saved");
    }
}
