using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Candidates;

/// <summary>
/// 申报材料 on the candidate page (a date in the future refused in words, a certificate kept, the 四级 routes met and not
/// met, applying sends it to review) and the 资格审核 queue (the evidence and the engine's decision shown, one application
/// approved, one rejected with a reason, the dashboard's count). On a desktop and a 360 px phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EligibilityPagesTests(BrowserHost host)
{
    private const string Track4 = "4-10-01-06/家务服务员/4";

    [BrowserFact]
    public async Task Manager_EntersEvidenceAndApplies_OnADesktop() => await EnterEvidenceAsync("evidence-desktop", 1280);

    [BrowserFact]
    public async Task Manager_EntersEvidenceAndApplies_OnAPhone() => await EnterEvidenceAsync("evidence-phone", 360);

    [BrowserFact]
    public async Task Reviewer_ApprovesOneAndRejectsAnother_OnADesktop() => await ReviewAsync("review-desktop", 1280);

    [BrowserFact]
    public async Task Reviewer_ApprovesOneAndRejectsAnother_OnAPhone() => await ReviewAsync("review-phone", 360);

    private async Task EnterEvidenceAsync(string name, int width)
    {
        var manager = await ManagerAsync(name + ".manager");
        var idNumber = await RegisterAsync(manager, "黄蓉");
        var internalId = (await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}")).GetProperty("internalId").GetString();
        await using var browser = await host.NewPageAsync(name, manager, width: width);
        var page = browser.Page;

        await page.GotoAsync($"/admin/candidates/{internalId}");
        await Expect(page.Locator("#no-evidence")).ToBeVisibleAsync();
        await page.SelectOptionAsync("#ev-kind", "apprenticeship");
        await page.FillAsync("#ev-from", "2099-01-01");
        await page.ClickAsync("#evidence-form button[type=submit]");
        await Expect(page.Locator("#evidence-error")).ToContainTextAsync("晚于今天");
        await browser.ScreenshotAsync("refused");

        await page.SelectOptionAsync("#ev-kind", "certificate");
        await page.FillAsync("#ev-from", "2020-06-01");
        await page.FillAsync("#ev-occupation", "4-10-01-06");
        await page.FillAsync("#ev-level", "5");
        await page.FillAsync("#ev-number", "S000023000456205000017");
        await page.ClickAsync("#evidence-form button[type=submit]");
        await Expect(page.Locator("#saved")).ToContainTextAsync("已保存申报材料");
        await Expect(page.Locator("#evidence-items tr[data-evidence=e1]")).ToContainTextAsync("S000023000456205000017");
        await page.ClickAsync("#evidence-items tr[data-evidence=e1] a");
        await Expect(page.Locator("#ev-number")).ToHaveValueAsync("S000023000456205000017");
        await page.FillAsync("#ev-number", "1214010011500012");
        await page.ClickAsync("#evidence-form button[type=submit]");
        await Expect(page.Locator("#evidence-items tr[data-evidence=e1]")).ToContainTextAsync("1214010011500012");
        await page.SelectOptionAsync("#ev-kind", "training");
        await page.FillAsync("#ev-from", "2026-10-01");
        await page.FillAsync("#ev-hours", "40");
        await page.ClickAsync("#evidence-form button[type=submit]");
        await Expect(page.Locator("#evidence-items tr[data-evidence=e2]")).ToContainTextAsync("40 学时");
        await page.ClickAsync("#evidence-items tr[data-evidence=e2] button");
        await Expect(page.Locator("#saved")).ToContainTextAsync("已删除申报材料");
        await Expect(page.Locator("#evidence-items tr[data-evidence]")).ToHaveCountAsync(1);

        await page.SelectOptionAsync("#check", Track4);
        await page.ClickAsync("#check-track button[type=submit]");
        var track = page.Locator($"[data-track='{Track4}']");
        await Expect(track.Locator("li[data-route='4-cert']")).ToHaveAttributeAsync("data-met", "true");
        await Expect(track.Locator("li[data-route='4-work']")).ToContainTextAsync("没有本职业或相关职业");
        await Expect(track.Locator("li[data-route='4-cert']")).ToContainTextAsync("待人工核验 e1");
        await browser.ScreenshotAsync("routes");
        await track.Locator("form button[type=submit]").ClickAsync();

        await Expect(page.Locator("#saved")).ToContainTextAsync("已提交资格审核");
        await Expect(page.Locator($"[data-track='{Track4}'] [data-status]")).ToHaveAttributeAsync("data-status", "pending");
        await Expect(page.Locator("#trail")).ToContainTextAsync("eligibility.submitted");
        await browser.ScreenshotAsync("submitted");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth > 1 ? 1 : 0"));
    }

    private async Task ReviewAsync(string name, int width)
    {
        var manager = await ManagerAsync(name + ".manager");
        var approve = await SubmitAsync(manager, "欧阳锋");
        var reject = await SubmitAsync(manager, "洪七公");
        await using var browser = await host.NewPageAsync(name, manager, width: width);
        var page = browser.Page;

        await page.GotoAsync("/admin");
        await Expect(page.Locator("a[href='/admin/eligibility'] .count")).ToBeVisibleAsync();
        await page.GotoAsync($"/admin/eligibility?track={Uri.EscapeDataString(Track4)}");
        var first = page.Locator($"[data-review='{approve.ReviewId}']");
        await Expect(first).ToContainTextAsync("欧阳锋");
        await Expect(first).ToContainTextAsync("S000023000456205000017");
        await Expect(first.Locator("li[data-met=true]")).ToContainTextAsync("取得本职业五级/初级工证书后");
        await browser.ScreenshotAsync("queue");

        await first.Locator("button.approve").ClickAsync();
        await Expect(page.Locator("#decided")).ToContainTextAsync("已通过审核并申报");
        await Expect(page.Locator($"[data-review='{approve.ReviewId}']")).ToHaveCountAsync(0);

        var second = page.Locator($"[data-review='{reject.ReviewId}']");
        await second.Locator("input[name=reason]").FillAsync("证书照片不清楚");
        await second.Locator("button.danger").ClickAsync();
        await Expect(page.Locator("#decided")).ToContainTextAsync("已退回");
        await Expect(page.Locator($"[data-review='{reject.ReviewId}']")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("decided");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth > 1 ? 1 : 0"));

        var file = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{reject.IdNumber}/evidence");
        var track = file.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("trackKey").GetString() == Track4);
        Assert.Equal(("rejected", "证书照片不清楚"), (track.GetProperty("status").GetString(), track.GetProperty("application").GetProperty("reason").GetString()));
        var enrolled = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{approve.IdNumber}");
        Assert.Contains(enrolled.GetProperty("enrolments").EnumerateArray(), e => e.GetProperty("trackKey").GetString() == Track4);
    }

    private async Task<HttpClient> ManagerAsync(string userName)
    {
        var manager = await host.StaffAsync(userName, "CentreManager");
        (await manager.PostAsJsonAsync("/api/tracks/open", new { key = Track4, bankVersion = 1 })).EnsureSuccessStatusCode();
        return manager;
    }

    private static async Task<string> RegisterAsync(HttpClient manager, string name)
    {
        var idNumber = BrowserHost.NewIdNumber();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name, idNumber })).StatusCode);
        return idNumber;
    }

    private static async Task<Submitted> SubmitAsync(HttpClient manager, string name)
    {
        var idNumber = await RegisterAsync(manager, name);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence",
            new { kind = "certificate", from = "2020-06-01", occupation = "4-10-01-06", level = 5, number = "S000023000456205000017" })).StatusCode);
        var applied = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence/apply", new { trackKey = Track4 });
        Assert.Equal(HttpStatusCode.Accepted, applied.StatusCode);
        return new Submitted(idNumber, (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewId").GetString()!);
    }

    private sealed record Submitted(string IdNumber, string ReviewId);
}
