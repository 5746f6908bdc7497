using System.Net;
using System.Net.Http.Json;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Exam;

/// <summary>
/// The exam page once the proctor closes the sitting: it used to tell every candidate "您已交卷。", also those who never
/// handed in (issue 16, point 12); now it says the paper was submitted for them, in the page's language, also after a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExamClosedByProctorTests(BrowserHost host)
{
    [BrowserFact]
    public async Task ExamPage_AfterTheProctorsClose_SaysThePaperWasSubmittedAutomatically_InEachLanguage()
    {
        var sitting = await host.SittingAsync(candidates: 2);
        await using var chinese = await ExamPage.SignInAsync(host, sitting, 0, "exam-closed-zh");
        await using var english = await ExamPage.SignInAsync(host, sitting, 1, "exam-closed-en");
        await chinese.ExpectScreenAsync("paper");
        await english.Page.ClickAsync("nav.lang a:has-text('English')");
        await english.ExpectScreenAsync("paper");

        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/close", new { reason = "考场停电无法恢复" })).StatusCode);
        await chinese.RunForAsync(TimeSpan.FromSeconds(16));
        await english.RunForAsync(TimeSpan.FromSeconds(16));

        await chinese.ExpectScreenAsync("submitted");
        await Expect(chinese.Page.Locator("#submitted-message")).ToHaveTextAsync("考试已结束，您的答卷已自动提交。");
        await english.ExpectScreenAsync("submitted");
        await Expect(english.Page.Locator("#submitted-message")).ToHaveTextAsync("The exam has ended: your paper was submitted automatically.");
        await chinese.Browser.ScreenshotAsync("closed-by-proctor");
        await chinese.Page.ReloadAsync();
        await chinese.ExpectScreenAsync("submitted");
        await Expect(chinese.Page.Locator("#submitted-message")).ToHaveTextAsync("考试已结束，您的答卷已自动提交。");
    }
}
