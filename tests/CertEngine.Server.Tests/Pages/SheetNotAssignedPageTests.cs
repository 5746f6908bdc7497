using System.Net;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>
/// <c>/assess/{sitting}/{ticket}/{task}</c> opened by an assessor the sheet is not assigned to: a page that says so and
/// links back to the scoring desk (it used to be the site's bare "页面不存在"), still 404, and nothing of the sheet in it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SheetNotAssignedPageTests(ApiHost host)
{
    [Fact]
    public async Task SheetPage_OfAnotherSittingsCandidate_SaysItIsNotAssignedToYou_404_AndShowsNothingOfTheSheet()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var other = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(1);
        var taskId = task.GetProperty("taskId").GetString()!;
        var page = $"/assess/{sitting.Id}/{sitting.Tickets[0]}/{Uri.EscapeDataString(taskId)}";
        var outsider = other.Assessors[0]; // the chief of another sitting

        var response = await outsider.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        var ownTask = (await other.FirstTaskAsync(0)).GetProperty("taskId").GetString()!;
        var token = await AdminPagesTests.TokenAsync(outsider, $"/assess/{other.Id}/{other.Tickets[0]}/{Uri.EscapeDataString(ownTask)}");
        var posted = await outsider.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Confirmed"] = "true", ["__RequestVerificationToken"] = token,
        }));
        var postedHtml = await posted.Content.ReadAsStringAsync();
        var own = await sitting.Assessors[1].GetStringAsync(sitting.TaskPath(0, taskId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("这份评分记录不是分配给您的", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/assess\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("没有找到这个地址", html, StringComparison.Ordinal);
        Assert.DoesNotContain(sitting.Names[0], html, StringComparison.Ordinal);
        Assert.DoesNotContain(task.GetProperty("title").GetString()!, html, StringComparison.Ordinal);
        Assert.All(task.GetProperty("rubric").EnumerateArray(), r => Assert.DoesNotContain(r.GetProperty("name").GetString()!, html, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Contains("这份评分记录不是分配给您的", postedHtml, StringComparison.Ordinal);
        Assert.Contains("\"ownSheet\":null", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetPage_InEnglish_SaysItIsNotAssigned()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var other = await PracticalSittingAsync.CreateAsync(host, candidates: 1, openCheckIn: false);
        var task = await sitting.FirstTaskAsync(1);
        var page = $"/assess/{sitting.Id}/{sitting.Tickets[0]}/{Uri.EscapeDataString(task.GetProperty("taskId").GetString()!)}";

        // An assessor of its own sitting: ?lang=en leaves an English culture cookie on that client only.
        var response = await other.Assessors[1].GetAsync(page + "?lang=en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This sheet is not assigned to you", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
