using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>
/// The console's 延时 control is enabled exactly where the server accepts extra time: from check-in (granted early, it
/// counts once the sitting starts) while the sitting is open, never before check-in or after the close.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleExtraTimeTests(ApiHost host)
{
    [Fact]
    public async Task ExtraTime_InCheckIn_IsAccepted_AndCountsFromTheStart_SoTheConsoleOffersItThere()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        var page = await sitting.Proctor.GetStringAsync($"/proctor/{sitting.Id}");

        var early = await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/extend", new { seat = 1, minutes = 10, reason = "经批准的特殊需要" });
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Proctor.PostAsync($"/api/sessions/{sitting.Id}/start", null)).StatusCode);
        var candidate = await sitting.SignInCandidateAsync(0);
        var status = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt/status");

        Assert.Equal(HttpStatusCode.NoContent, early.StatusCode);
        Assert.Equal((sitting.Minutes + 10) * 60, status.GetProperty("remainingSeconds").GetDouble());
        Assert.Matches("data-action=\"extend\"[^>]*data-phases=\"checkin running paused\"", page);
        Assert.Contains("签到中即可预先延时", page, StringComparison.Ordinal);
    }
}
