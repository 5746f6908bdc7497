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
        var thirdPoll = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        exam.Page.Request += (_, request) =>
        {
            requests.Enqueue(new Uri(request.Url).AbsolutePath);
            if (requests.Count(p => p == "/api/attempt/status") >= 3)
            {
                thirdPoll.TrySetResult();
            }
        };

        await exam.RunForAsync(TimeSpan.FromSeconds(45));

        // The browser's request events reach the test asynchronously: await the third, with a deadline.
        await thirdPoll.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, requests.Count(p => p == "/api/attempt/status"));
        Assert.Equal(0, requests.Count(p => p == "/api/attempt"));

        await exam.Browser.Context.SetOfflineAsync(true);
        await exam.RunForAsync(TimeSpan.FromSeconds(15));
        var paperRead = exam.Page.WaitForRequestAsync(r => new Uri(r.Url).AbsolutePath == "/api/attempt");
        await exam.Browser.Context.SetOfflineAsync(false);

        await paperRead;
        await exam.ExpectScreenAsync("paper");
    }

}
