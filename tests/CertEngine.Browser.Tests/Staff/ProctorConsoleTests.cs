using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Staff;

/// <summary>The proctor console in Chromium: the live roster, and a pause that reaches the candidates' attempts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProctorConsoleTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Pause_InTheConsole_PausesTheCandidatesAttempt_AndResumeRestartsIt()
    {
        var sitting = await host.SittingAsync(candidates: 2);
        var candidate = await sitting.SignInCandidateAsync(0);
        await using var browser = await host.NewPageAsync("proctor-pause", sitting.Proctor);
        var page = browser.Page;

        await page.GotoAsync($"/proctor/{sitting.Id}");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "running");
        await Expect(page.Locator("#roster tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#access-code")).ToHaveTextAsync(sitting.AccessCode);
        await browser.ScreenshotAsync("running");

        await page.ClickAsync("button[data-action=pause]");
        await Expect(page.Locator("#message")).ToHaveClassAsync("message error");
        await page.FillAsync("#reason", "考场停电");
        await page.ClickAsync("button[data-action=pause]");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "paused");
        await Expect(page.Locator("#message")).ToHaveTextAsync("已暂停全场，原因：考场停电");
        await Expect(page.Locator("button[data-action=pause]")).ToBeDisabledAsync();
        await Expect(page.Locator("button[data-action=resume]")).ToBeEnabledAsync();
        await Expect(page.Locator("#roster tr[data-seat='1']")).ToHaveAttributeAsync("data-status", "paused");
        await browser.ScreenshotAsync("paused");
        var paused = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");

        await page.FillAsync("#reason", "恢复供电");
        await page.ClickAsync("button[data-action=resume]");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "running");
        var resumed = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");

        Assert.Equal("paused", paused.GetProperty("status").GetString());
        Assert.Equal(0, paused.GetProperty("questions").GetArrayLength());
        Assert.Equal("running", resumed.GetProperty("status").GetString());
        Assert.Equal(sitting.Minutes * 60, resumed.GetProperty("remainingSeconds").GetDouble());
    }

    [BrowserFact]
    public async Task AccessCode_OnA360PxPhone_FitsTheScreen()
    {
        // The code is drawn large to be read across a room; on a 360 px phone it used to push the page sideways (379 px).
        var sitting = await host.SittingAsync(candidates: 1);
        await using var browser = await host.NewPageAsync("proctor-phone-code", sitting.Proctor, width: 360);
        var page = browser.Page;

        await page.GotoAsync($"/proctor/{sitting.Id}");
        await Expect(page.Locator("#access-code")).ToHaveTextAsync(sitting.AccessCode);
        await browser.ScreenshotAsync("phone");

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the console is wider than a 360 px screen");
        var code = await page.EvaluateAsync<double[]>("() => { const e = document.getElementById('access-code'); return [e.scrollWidth, e.clientWidth]; }");
        Assert.True(code[0] <= code[1], $"the access code overflows its box ({code[0]} > {code[1]} px)");
    }

    [BrowserFact]
    public async Task ActionsThePhaseRefuses_LookDisabled_NotJustAreDisabled()
    {
        // Disabled buttons used to look exactly like enabled ones (only the exam page dimmed them), so a proctor could
        // not see which actions the sitting's phase allows.
        var sitting = await host.SittingAsync(candidates: 1, start: false);
        await using var browser = await host.NewPageAsync("proctor-disabled-look", sitting.Proctor, width: 1280);
        var page = browser.Page;

        await page.GotoAsync($"/proctor/{sitting.Id}");
        await Expect(page.Locator("button[data-action=start]")).ToBeEnabledAsync();
        await Expect(page.Locator("button[data-action=pause]")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("check-in-open");

        var start = await page.Locator("button[data-action=start]").EvaluateAsync<string>("b => getComputedStyle(b).opacity");
        var pause = await page.Locator("button[data-action=pause]").EvaluateAsync<string>("b => getComputedStyle(b).opacity");
        Assert.Equal("1", start);
        Assert.True(double.Parse(pause, System.Globalization.CultureInfo.InvariantCulture) < 0.7, $"a disabled button is drawn at opacity {pause}");
    }

    [BrowserFact]
    public async Task CheckIn_ByTheRowButton_MarksTheCandidateCheckedIn_AndAnotherAbsent()
    {
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var fresh = await StaffSittings.TheoryWithoutCheckInAsync(host, candidates: 2);
        await using var browser = await host.NewPageAsync("proctor-check-in", proctor);
        var page = browser.Page;

        await page.GotoAsync($"/proctor/{fresh}");
        await Expect(page.Locator("#access-code")).Not.ToHaveTextAsync("——");
        await page.Locator("#roster tr[data-seat='1'] button").First.ClickAsync();
        await Expect(page.Locator("#roster tr[data-seat='1'] td").Nth(6)).ToHaveTextAsync("是");
        await Expect(page.Locator("#message")).ToHaveTextAsync("已签到：签到考生");
        await page.Locator("#roster tr[data-seat='2'] button.secondary").ClickAsync();
        await Expect(page.Locator("#roster tr[data-seat='2'] td").Nth(6)).ToHaveTextAsync("缺考");
        await Expect(page.Locator("#message")).ToHaveTextAsync("已标记缺考：签到考生2");
        await browser.ScreenshotAsync("checked-in");
    }

    [BrowserFact]
    public async Task CheckIn_TickAll_ChecksEveryoneInAndSaysHowMany_AndOnlyWhatThePhaseAllowsIsEnabled()
    {
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var fresh = await StaffSittings.TheoryWithoutCheckInAsync(host, candidates: 3);
        await using var browser = await host.NewPageAsync("proctor-bulk-check-in", proctor);
        var page = browser.Page;

        await page.GotoAsync($"/proctor/{fresh}");
        await Expect(page.Locator("#roster tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("button[data-action=start]")).ToBeEnabledAsync();
        await Expect(page.Locator("button[data-action=open-check-in]")).ToBeDisabledAsync();
        await Expect(page.Locator("button[data-action=pause]")).ToBeDisabledAsync();
        await Expect(page.Locator("button[data-action=resume]")).ToBeDisabledAsync();
        await page.ClickAsync("button[data-action=check-in-selected]");
        await Expect(page.Locator("#message")).ToHaveTextAsync("请先勾选要签到的考生。");

        await page.CheckAsync("#select-all");
        await page.ClickAsync("button[data-action=check-in-selected]");

        await Expect(page.Locator("#message")).ToHaveTextAsync("批量签到完成，签到人数：3");
        await Expect(page.Locator("#roster input.pick")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("bulk-checked-in");
    }

    [BrowserFact]
    public async Task Close_WithCandidatesStillWriting_NamesThemBeforeAnythingIsSubmitted()
    {
        var sitting = await host.SittingAsync(candidates: 2);
        await using var browser = await host.NewPageAsync("proctor-close", sitting.Proctor);
        var page = browser.Page;
        await page.GotoAsync($"/proctor/{sitting.Id}");
        await Expect(page.Locator("#roster tr")).ToHaveCountAsync(2);
        var names = await page.Locator("#roster tr td:nth-child(5)").AllTextContentsAsync();
        string? asked = null;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.DismissAsync();
        };

        await Expect(page.Locator("button[data-action=start]")).ToBeDisabledAsync();
        await page.FillAsync("#reason", "考试时间到");
        await page.ClickAsync("button[data-action=close]");
        await Expect(page.Locator("#phase")).ToHaveAttributeAsync("data-status", "running");

        Assert.NotNull(asked);
        Assert.StartsWith("以下考生仍在答题：", asked);
        Assert.All(names, name => Assert.Contains(name, asked));
        var status = await sitting.Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}");
        Assert.Equal("running", status.GetProperty("status").GetString());
    }
}
