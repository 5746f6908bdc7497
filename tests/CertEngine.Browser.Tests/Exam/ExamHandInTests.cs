using System.Globalization;
using System.Text.RegularExpressions;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Exam;

/// <summary>
/// The exam page around the hand-in, on a 360 px phone and a desktop: a ticket typed in lower case, the clock over an
/// hour, when hand-in opens, the receipt, and the current question kept across a language switch.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ExamHandInTests(BrowserHost host)
{
    [BrowserFact]
    public Task ExamPage_OnAPhone_SaysWhenHandInOpens_ThenHandsInAndShowsTheReceipt() => HandInAsync(360);

    [BrowserFact]
    public Task ExamPage_OnADesktop_SaysWhenHandInOpens_ThenHandsInAndShowsTheReceipt() => HandInAsync(1280);

    private async Task HandInAsync(int width)
    {
        var sitting = await host.SittingAsync(candidates: 1);
        await using var exam = await ExamPage.SignInAsync(host, sitting, 0, $"exam-hand-in-{width}", width, sitting.Tickets[0].ToLowerInvariant());
        await exam.ExpectScreenAsync("paper");
        var paper = (await exam.ServerPaperAsync())!;
        var opensAt = host.Clock.GetUtcNow().AddMinutes(30).ToOffset(TimeSpan.FromHours(8));

        Assert.True(sitting.Minutes >= 60, $"track {BrowserHost.Track5}: the theory paper runs an hour or more ({sitting.Minutes} min)");
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock(sitting.Minutes * 60));
        await Expect(exam.Timer).ToHaveTextAsync(new Regex(@"^\d:\d\d:\d\d$"));
        await Expect(exam.Page.Locator("#hand-in")).ToBeDisabledAsync();
        await Expect(exam.Page.Locator("#hand-in-wait")).ToHaveTextAsync(
            $"开考满 30 分钟后方可交卷：约 {opensAt.ToString("HH:mm", CultureInfo.InvariantCulture)} 起（还需 30:00）。");
        await exam.Browser.ScreenshotAsync($"hand-in-not-yet-{width}");

        await exam.AnswerAsync(paper.Questions[0].Index, paper.Questions[0].Type == "judge" ? "true" : "A");
        await exam.AnswerAsync(paper.Questions[1].Index, paper.Questions[1].Type == "judge" ? "false" : "B");
        await exam.ExpectSavedAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        await exam.Page.Clock.FastForwardAsync((long)TimeSpan.FromMinutes(30).TotalMilliseconds);
        await exam.RunForAsync(TimeSpan.FromSeconds(1));
        await Expect(exam.Page.Locator("#hand-in")).ToBeEnabledAsync();
        await Expect(exam.Page.Locator("#hand-in-wait")).ToBeHiddenAsync();
        var handedInAt = host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

        await exam.Page.ClickAsync("#hand-in");
        await exam.Page.ClickAsync("#hand-in-confirm");

        await exam.ExpectScreenAsync("submitted");
        await Expect(exam.Page.Locator("#receipt")).ToBeVisibleAsync();
        await Expect(exam.Page.Locator("#receipt-time")).ToHaveTextAsync(handedInAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        await Expect(exam.Page.Locator("#receipt-answered")).ToHaveTextAsync($"2 / {paper.Questions.Count} 题");
        await Expect(exam.Page.Locator("#receipt-reference")).ToHaveTextAsync(Reference());
        await exam.Browser.ScreenshotAsync($"hand-in-receipt-{width}");
        var reference = await exam.Page.Locator("#receipt-reference").TextContentAsync();
        await exam.Page.ReloadAsync();
        await Expect(exam.Page.Locator("#receipt-reference")).ToHaveTextAsync(reference!);
    }

    [BrowserFact]
    public async Task ExamPage_LanguageSwitch_KeepsTheQuestionOnScreen()
    {
        var sitting = await host.SittingAsync(candidates: 1);
        await using var exam = await ExamPage.SignInAsync(host, sitting, 0, "exam-language-switch", 360);
        await exam.ExpectScreenAsync("paper");
        var paper = (await exam.ServerPaperAsync())!;
        var sixth = paper.Questions[5].Index;
        await exam.Page.ClickAsync($"#navigator button[data-index='{sixth}']");
        await Expect(exam.Page.Locator("#question")).ToHaveAttributeAsync("data-index", sixth.ToString(CultureInfo.InvariantCulture));

        await exam.Page.ClickAsync("nav.lang a:has-text('English')");

        await exam.ExpectScreenAsync("paper");
        await Expect(exam.Page.Locator("#question-number")).ToHaveTextAsync($"Question 6 of {paper.Questions.Count}");
        await Expect(exam.Page.Locator("#question")).ToHaveAttributeAsync("data-index", sixth.ToString(CultureInfo.InvariantCulture));
        await Expect(exam.NavigatorButton(sixth)).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        await exam.Browser.ScreenshotAsync("language-switch-kept-question");
    }

    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")]
    private static partial Regex Reference();
}
