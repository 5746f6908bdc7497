using System.Collections.Concurrent;
using CertEngine.Browser.Tests.Infrastructure;

namespace CertEngine.Browser.Tests.Exam;

/// <summary>The exam page's 15 s poll reads the light status, and the whole paper only when it must.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExamStatusPollTests(BrowserHost host)
{
    [BrowserFact]
    public async Task ExamPage_Polls_ReadTheStatusAndTheWholePaperOnlyAfterTheConnectionReturns()
    {
        var sitting = await host.SittingAsync(candidates: 1);
        await using var exam = await ExamPage.SignInAsync(host, sitting, 0, "exam-status-poll");
        await exam.ExpectScreenAsync("paper");
        var requests = new ConcurrentQueue<string>();
        exam.Page.Request += (_, request) => requests.Enqueue(new Uri(request.Url).AbsolutePath);

        await exam.RunForAsync(TimeSpan.FromSeconds(45));

        Assert.True(await WhenAsync(() => requests.Count(p => p == "/api/attempt/status") >= 3), "three status polls in 45 s");
        Assert.Equal(3, requests.Count(p => p == "/api/attempt/status"));
        Assert.Equal(0, requests.Count(p => p == "/api/attempt"));

        await exam.Browser.Context.SetOfflineAsync(true);
        await exam.RunForAsync(TimeSpan.FromSeconds(15));
        var paperRead = exam.Page.WaitForRequestAsync(r => new Uri(r.Url).AbsolutePath == "/api/attempt");
        await exam.Browser.Context.SetOfflineAsync(false);

        await paperRead;
        await exam.ExpectScreenAsync("paper");
    }

    // Waits for the browser's request events to reach the test (they arrive asynchronously), with a deadline.
    private static async Task<bool> WhenAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return condition();
    }
}
