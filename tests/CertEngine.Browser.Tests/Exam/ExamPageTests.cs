using System.Text.RegularExpressions;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Contracts.Attempts;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Exam;

/// <summary>The candidate's exam page in a real Chromium against the real server: sign-in, timed paper, offline, reload, pause.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExamPageTests(BrowserHost host)
{
    [BrowserFact]
    public async Task ExamPage_WholeTimedExam_AnswersReachTheServerAndTheDeadlineShowsTheSubmission()
    {
        var sitting = await host.SittingAsync(candidates: 1);
        await using var exam = await ExamPage.SignInAsync(host, sitting, 0, "exam-whole");
        await exam.ExpectScreenAsync("paper");
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock(sitting.Minutes * 60));
        var paper = (await exam.ServerPaperAsync())!;
        var given = new Dictionary<int, string[]>
        {
            [First(paper, "single", 0)] = ["B"],
            [First(paper, "single", 1)] = ["D"],
            [First(paper, "single", 2)] = ["A"],
            [First(paper, "judge", 0)] = ["false"],
            [First(paper, "judge", 1)] = ["true"],
        };

        foreach (var (index, choices) in given)
        {
            await exam.AnswerAsync(index, choices);
            await exam.ExpectSavedAsync();
            await Expect(exam.NavigatorButton(index)).ToHaveClassAsync(new Regex(@"(?=.*\banswered\b)(?=.*\bcurrent\b)"));
        }

        await exam.Page.ClickAsync("#flag");
        await Expect(exam.NavigatorButton(given.Keys.Last())).ToHaveClassAsync(new Regex(@"(?=.*\banswered\b)(?=.*\bflagged\b)(?=.*\bcurrent\b)"));
        // No hand-in during the first 30 minutes: the button waits, then opens on the confirmation.
        await Expect(exam.Page.Locator("#hand-in")).ToBeDisabledAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        await exam.Page.Clock.FastForwardAsync((long)TimeSpan.FromMinutes(30).TotalMilliseconds);
        await exam.Page.ClickAsync("#hand-in");
        await Expect(exam.Page.Locator("#hand-in-message")).ToContainTextAsync($"还有 {paper.Questions.Count - given.Count} 题未作答。");
        await exam.Browser.ScreenshotAsync("hand-in-confirmation");
        await exam.Page.ClickAsync("#hand-in-cancel");
        await exam.RunForAsync(TimeSpan.FromSeconds(3));
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock((sitting.Minutes - 30) * 60 - 3));
        await exam.Browser.ScreenshotAsync("answering");

        host.Clock.Advance(TimeSpan.FromMinutes(sitting.Minutes));
        await exam.Page.Clock.FastForwardAsync((long)TimeSpan.FromMinutes(sitting.Minutes).TotalMilliseconds);

        await exam.ExpectScreenAsync("submitted");
        await Expect(exam.Page.Locator("#screen-submitted h1")).ToHaveTextAsync("已交卷");
        await Expect(exam.Timer).ToHaveTextAsync("00:00");
        await host.LoggedAsync(line => line.Contains($"Attempt {sitting.Id}#1 submitted by", StringComparison.Ordinal));
        Assert.True((await sitting.RosterAsync())[0].GetProperty("status").GetString() == "submitted", $"sitting {sitting.Id}: the attempt is submitted at the deadline");
        await exam.RunForAsync(TimeSpan.FromSeconds(15));
        await exam.ExpectScreenAsync("submitted");
        var server = (await exam.ServerPaperAsync())!;
        Assert.Equal(AttemptStatus.Submitted, server.Status);
        Assert.Equal(
            given.OrderBy(g => g.Key).Select(g => $"{g.Key}:{string.Join(",", g.Value)}"),
            server.Questions.Where(q => q.Saved.Count > 0).Select(q => $"{q.Index}:{string.Join(",", q.Saved)}"));
    }

    [BrowserFact]
    public async Task ExamPage_NetworkDrops_AnswersQueueOfflineAndAllReachTheServerWhenItReturns()
    {
        var sitting = await host.SittingAsync(candidates: 1);
        await using var exam = await ExamPage.SignInAsync(host, sitting, 0, "exam-offline");
        await exam.ExpectScreenAsync("paper");
        var paper = (await exam.ServerPaperAsync())!;
        var single = First(paper, "single", 0);
        var second = First(paper, "single", 1);
        var judge = First(paper, "judge", 0);

        await exam.Browser.Context.SetOfflineAsync(true);
        await exam.AnswerAsync(single, "A");
        await exam.AnswerAsync(second, "D");
        await exam.AnswerAsync(judge, "true");
        await exam.AnswerAsync(single, "C");

        await Expect(exam.SaveState).ToHaveAttributeAsync("data-state", "offline");
        await Expect(exam.SaveState).ToHaveTextAsync("离线（3 条待发送）");
        await exam.Browser.ScreenshotAsync("offline");
        Assert.DoesNotContain((await exam.ServerPaperAsync())!.Questions, q => q.Saved.Count > 0);

        await exam.Browser.Context.SetOfflineAsync(false);

        await exam.ExpectSavedAsync();
        var server = (await exam.ServerPaperAsync())!;
        Assert.Equal(
            new[] { $"{single}:C", $"{second}:D", $"{judge}:true" }.OrderBy(s => int.Parse(s.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)),
            server.Questions.Where(q => q.Saved.Count > 0).Select(q => $"{q.Index}:{string.Join(",", q.Saved)}"));
    }

    [BrowserFact]
    public async Task ExamPage_ReloadOrAnotherComputer_KeepsAnswersFlagsQueuedAnswersAndTheServersRemainingTime()
    {
        var sitting = await host.SittingAsync(candidates: 1);
        await using var exam = await ExamPage.SignInAsync(host, sitting, 0, "exam-reload");
        await exam.ExpectScreenAsync("paper");
        var paper = (await exam.ServerPaperAsync())!;
        var single = First(paper, "single", 0);
        var judge = First(paper, "judge", 0);
        var queued = First(paper, "single", 1);
        await exam.AnswerAsync(single, "B");
        await exam.ExpectSavedAsync();
        await exam.AnswerAsync(judge, "false");
        await exam.ExpectSavedAsync();
        await exam.Page.ClickAsync("#flag");
        // This answer cannot leave the browser: it waits in localStorage.
        await exam.Page.RouteAsync("**/api/attempt/answers/**", route => route.AbortAsync());
        await exam.AnswerAsync(queued, "A");
        await Expect(exam.SaveState).ToHaveTextAsync("离线（1 条待发送）");
        host.Clock.Advance(TimeSpan.FromMinutes(7));

        await exam.Page.ReloadAsync();

        await exam.ExpectScreenAsync("paper");
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock((sitting.Minutes - 7) * 60));
        await Expect(exam.NavigatorButton(single)).ToHaveClassAsync(new Regex(@"(?=.*\banswered\b)"));
        await Expect(exam.NavigatorButton(judge)).ToHaveClassAsync(new Regex(@"(?=.*\banswered\b)(?=.*\bflagged\b)"));
        await Expect(exam.NavigatorButton(queued)).ToHaveClassAsync(new Regex(@"(?=.*\banswered\b)"));
        await Expect(exam.SaveState).ToHaveTextAsync("离线（1 条待发送）");
        await exam.AnswerAsync(single);
        Assert.True(await exam.Page.Locator("#question-options input[value='B']").IsCheckedAsync());
        await exam.Browser.ScreenshotAsync("reloaded");

        await exam.Page.UnrouteAsync("**/api/attempt/answers/**");
        await exam.RunForAsync(TimeSpan.FromSeconds(1));
        await exam.ExpectSavedAsync();
        Assert.Equal(new[] { "A" }, (await exam.ServerPaperAsync())!.Questions[queued].Saved);

        await using var other = await ExamPage.SignInAsync(host, sitting, 0, "exam-other-computer");
        await other.ExpectScreenAsync("paper");
        await Expect(other.Timer).ToHaveTextAsync(ExamPage.Clock((sitting.Minutes - 7) * 60));
        await Expect(other.NavigatorButton(single)).ToHaveClassAsync(new Regex(@"(?=.*\banswered\b)"));
        await Expect(other.NavigatorButton(judge)).ToHaveClassAsync(new Regex(@"(?=.*\banswered\b)"));
        await Expect(other.NavigatorButton(queued)).ToHaveClassAsync(new Regex(@"(?=.*\banswered\b)"));
    }

    [BrowserFact]
    public async Task ExamPage_ProctorPauses_CountdownStopsShowsPausedAndRunsAgainOnResume()
    {
        var sitting = await host.SittingAsync(candidates: 1);
        await using var exam = await ExamPage.SignInAsync(host, sitting, 0, "exam-pause");
        await exam.ExpectScreenAsync("paper");
        var full = sitting.Minutes * 60;
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock(full));
        await exam.RunForAsync(TimeSpan.FromSeconds(3));
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock(full - 3));

        // The page polls every 15 s of its own clock; running the clock exactly to a poll makes every display exact.
        await sitting.PauseAsync();
        await exam.RunForAsync(TimeSpan.FromSeconds(12));

        await exam.ExpectScreenAsync("paused");
        await Expect(exam.Page.Locator("#screen-paused h1")).ToHaveTextAsync("考试已暂停");
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock(full));
        await exam.RunForAsync(TimeSpan.FromSeconds(5));
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock(full));
        await exam.Browser.ScreenshotAsync("paused");

        host.Clock.Advance(TimeSpan.FromMinutes(4));
        await sitting.ResumeAsync();
        await exam.RunForAsync(TimeSpan.FromSeconds(10));

        await exam.ExpectScreenAsync("paper");
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock(full));
        await exam.RunForAsync(TimeSpan.FromSeconds(3));
        await Expect(exam.Timer).ToHaveTextAsync(ExamPage.Clock(full - 3));
    }

    [BrowserFact]
    public async Task ExamSignIn_WrongAccessCode_StaysOnTheFormWithTheOneRefusal()
    {
        var sitting = await host.SittingAsync(candidates: 1);
        await using var browser = await host.NewPageAsync("exam-sign-in-refused");
        await browser.Page.GotoAsync("/exam");
        await browser.Page.FillAsync("#Ticket", sitting.Tickets[0]);
        await browser.Page.FillAsync("#IdNumber", sitting.IdNumbers[0]);
        await browser.Page.FillAsync("#AccessCode", sitting.AccessCode == "000000" ? "000001" : "000000");

        await browser.Page.ClickAsync("#sign-in");

        await Expect(browser.Page.Locator(".validation-summary-errors")).ToContainTextAsync("准考证号、身份证号或考场口令不正确");
        Assert.EndsWith("/exam", browser.Page.Url);
        await browser.Page.GotoAsync("/exam/paper");
        Assert.EndsWith("/exam", browser.Page.Url);
    }

    private static int First(CandidatePaper paper, string type, int skip) =>
        paper.Questions.Where(q => q.Type == type).Skip(skip).First().Index;
}
