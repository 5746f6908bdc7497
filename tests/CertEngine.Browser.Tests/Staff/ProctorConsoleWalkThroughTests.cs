using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Staff;

/// <summary>The proctor console's answers that confused the issue 16 walk-through (points 5, 10 and 11), in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProctorConsoleWalkThroughTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Start_BeforeTheScheduledTime_AsksFirst_NamingTheScheduledTime()
    {
        // 开考 two minutes before the scheduled start used to start the sitting with no question.
        var sitting = await host.SittingAsync(candidates: 1, start: false);
        var startsAt = (await sitting.Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}")).GetProperty("startsAt").GetDateTimeOffset();
        await using var browser = await host.NewPageAsync("proctor-early-start", sitting.Proctor, width: 1280);
        var page = browser.Page;
        var asked = new List<string>();
        var accept = false;
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Message);
            await (accept ? dialog.AcceptAsync() : dialog.DismissAsync());
        };

        await page.GotoAsync($"/proctor/{sitting.Id}");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "checkin");
        await page.ClickAsync("button[data-action=start]");
        var stillCheckIn = (await sitting.Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}")).GetProperty("status").GetString();
        accept = true;
        await page.ClickAsync("button[data-action=start]");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "running");

        var time = startsAt.ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm", CultureInfo.InvariantCulture);
        Assert.Equal($"计划开考时间为 {time}，现在提前开考？", asked[0]);
        Assert.Equal(2, asked.Count);
        Assert.Equal("checkin", stillCheckIn);
        await Expect(page.Locator("#message")).ToHaveTextAsync("已开考，全场计时开始。");
    }

    [BrowserFact]
    public async Task CheckIn_ByIdNumber_NamesTheSeatAndTheMaskedNumber_AndEmptiesTheFieldForTheNext()
    {
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var (id, idNumbers) = await StaffSittings.TheoryWithoutCheckInAndIdsAsync(host, candidates: 2);
        await using var browser = await host.NewPageAsync("proctor-check-in-id", proctor, width: 1280);
        var page = browser.Page;
        var whole = idNumbers[1];
        var masked = whole[..4] + new string('*', 10) + whole[^4..];

        await page.GotoAsync($"/proctor/{id}");
        await Expect(page.Locator("#roster tr")).ToHaveCountAsync(2);
        await page.FillAsync("#check-in-id", whole);
        await page.ClickAsync("button[data-action=check-in-id]");

        await Expect(page.Locator("#message")).ToHaveTextAsync($"已签到：考位 2 签到考生2 ({masked})");
        await Expect(page.Locator("#roster tr[data-seat='2'] td").Nth(6)).ToHaveTextAsync("是");
        await Expect(page.Locator("#check-in-id")).ToHaveValueAsync("");
        await Expect(page.Locator("#check-in-id")).ToBeFocusedAsync();
        Assert.DoesNotContain(whole, await page.Locator("#console").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ClosedSitting_SeatThatNeverStarted_ReadsAbsentWithNoClock_AndExtraTimeIsOff()
    {
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var (id, _) = await StaffSittings.TheoryWithoutCheckInAndIdsAsync(host, candidates: 2);
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsJsonAsync($"/api/sessions/{id}/seats/1/check-in", new { identityConfirmed = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{id}/start", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsJsonAsync($"/api/sessions/{id}/close", new { reason = "考试时间到" })).StatusCode);
        await using var browser = await host.NewPageAsync("proctor-closed", proctor, width: 1280);
        var page = browser.Page;

        await page.GotoAsync($"/proctor/{id}");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "closed");
        var absent = page.Locator("#roster tr[data-seat='2'] td");
        await Expect(absent.Nth(6)).ToHaveTextAsync("缺考");
        await Expect(absent.Nth(7)).ToHaveTextAsync("缺考");
        await Expect(absent.Nth(9)).ToHaveTextAsync("—");
        await Expect(page.Locator("#roster tr[data-seat='1'] td").Nth(7)).ToHaveTextAsync("已交卷");
        await Expect(page.Locator("button[data-action=extend]")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("closed");
    }
}
