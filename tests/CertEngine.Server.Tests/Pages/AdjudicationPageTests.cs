using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>The chief assessor's adjudication page: why a task is held, and one confirmation before a final decision.</summary>
[Collection(ApiCollection.Name)]
public sealed class AdjudicationPageTests(ApiHost host)
{
    [Fact]
    public async Task Adjudication_SaysWhyTheTaskIsHeld_AndDecidesOnlyOnceConfirmed()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(0);
        var taskId = task.GetProperty("taskId").GetString()!;
        var path = sitting.TaskPath(0, taskId);
        decimal[] shares = [1m, 0.9m, 0m];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await sitting.Assessors[i].PostAsJsonAsync(path + "/sheet", PracticalSittingAsync.Sheet(task, shares[i]))).StatusCode);
        }

        var html = await sitting.Chief.GetStringAsync("/assess/adjudication");
        var unconfirmed = await PostAsync(sitting, taskId, confirmed: false);
        var stillHeld = await sitting.Chief.GetFromJsonAsync<JsonElement>("/api/practical/adjudications");
        var confirmed = await PostAsync(sitting, taskId, confirmed: true);
        var afterwards = await sitting.Chief.GetFromJsonAsync<JsonElement>("/api/practical/adjudications");

        Assert.Matches("评分差距 [0-9.]+ 分，超过本认定项目的阈值 [0-9.]+ 分", html);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("请确认裁定", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Contains(stillHeld.EnumerateArray(), c => c.GetProperty("sessionId").GetString() == sitting.Id);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.DoesNotContain(afterwards.EnumerateArray(), c => c.GetProperty("sessionId").GetString() == sitting.Id);
    }

    [Fact]
    public async Task Adjudication_NamesAssessorsByDisplayName_AndConfirmsWhatWasDecided()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(0);
        var taskId = task.GetProperty("taskId").GetString()!;
        decimal[] shares = [1m, 0.9m, 0m];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await sitting.Assessors[i].PostAsJsonAsync(sitting.TaskPath(0, taskId) + "/sheet", PracticalSittingAsync.Sheet(task, shares[i]))).StatusCode);
        }

        var html = await sitting.Chief.GetStringAsync("/assess/adjudication");
        var confirmed = await PostAsync(sitting, taskId, confirmed: true);
        var after = await sitting.Chief.GetStringAsync(confirmed.Headers.Location!.OriginalString);

        foreach (var assessor in sitting.AssessorNames)
        {
            Assert.Contains($"<th>{PracticalSittingAsync.DisplayName(assessor)}</th>", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"<th>{assessor}</th>", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains($"已裁定：准考证号 {sitting.Tickets[0]} 的 {taskId} 项，分数 10", after, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(PracticalSittingAsync sitting, string taskId, bool confirmed)
    {
        var form = new Dictionary<string, string>
        {
            ["SessionId"] = sitting.Id,
            ["Ticket"] = sitting.Tickets[0],
            ["TaskId"] = taskId,
            ["Score"] = "10",
            ["Reason"] = "复核录像后确认操作基本规范",
            ["__RequestVerificationToken"] = await AdminPagesTests.TokenAsync(sitting.Chief, "/assess/adjudication"),
        };
        if (confirmed)
        {
            form["Confirmed"] = "true";
        }

        return await sitting.Chief.PostAsync("/assess/adjudication", new FormUrlEncodedContent(form));
    }
}
