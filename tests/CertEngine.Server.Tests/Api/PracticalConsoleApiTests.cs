using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Who runs a practical sitting: it names assessors and no proctor, so its chief assessor (考评组长) runs its console —
/// that sitting only, checked on every console endpoint — and the roster shows each candidate's scoring.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PracticalConsoleApiTests(ApiHost host)
{
    [Fact]
    public async Task Console_ChiefOfAPracticalSittingWithoutProctors_OpensChecksInStartsAndCloses()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 2, openCheckIn: false, proctors: false);
        var chief = sitting.Chief;

        var opened = await chief.PostAsync($"/api/sessions/{sitting.Id}/open-check-in", null);
        var checkedIn = await chief.PostAsJsonAsync($"/api/sessions/{sitting.Id}/seats/1/check-in", new { identityConfirmed = true });
        var started = await chief.PostAsync($"/api/sessions/{sitting.Id}/start", null);
        var roster = await chief.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");
        var page = await chief.GetAsync($"/proctor/{sitting.Id}");
        var closed = await chief.PostAsJsonAsync($"/api/sessions/{sitting.Id}/close", new { reason = "评分结束" });
        var after = await chief.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}");

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent],
            new[] { opened, checkedIn, started, closed }.Select(r => r.StatusCode));
        Assert.Equal(["scoring", null], roster.EnumerateArray().Select(l => l.GetProperty("status").GetString()));
        Assert.Equal((0, 4), (roster[0].GetProperty("answered").GetInt32(), roster[0].GetProperty("total").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("请向考生公布", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"access-code\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"extend-seat\"", html, StringComparison.Ordinal);
        Assert.Equal("closed", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Console_PlainAssessorOrTheChiefOfAnotherSitting_Gets404OnEveryConsoleEndpoint_AndNothingChanges()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1, openCheckIn: false, proctors: false);
        var other = await PracticalSittingAsync.CreateAsync(host, candidates: 1, openCheckIn: false, proctors: false);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var id = sitting.Id;
        var calls = new (string Method, string Path, object? Body)[]
        {
            ("GET", "", null), ("GET", "/roster", null), ("GET", "/seats/1/photo", null),
            ("POST", "/open-check-in", null), ("POST", "/check-in", new { idNumber = sitting.IdNumbers[0], identityConfirmed = true }),
            ("POST", "/seats/1/check-in", new { identityConfirmed = true }), ("POST", "/seats/1/unlock", null),
            ("POST", "/seats/1/absent", new { reason = "未到" }), ("POST", "/seats/1/misconduct", new { step = "warning", reason = "喧哗" }),
            ("POST", "/start", null), ("POST", "/pause", new { reason = "停电" }), ("POST", "/resume", new { reason = "来电" }),
            ("POST", "/extend", new { seat = 1, minutes = 10, reason = "补时" }), ("POST", "/close", new { reason = "结束" }),
        };

        foreach (var (who, client) in new[] { ("plain assessor", sitting.Assessors[1]), ("another sitting's chief", other.Chief) })
        {
            foreach (var (method, path, body) in calls)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/sessions/{id}{path}") { Content = body is null ? null : JsonContent.Create(body) };
                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who} {method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/proctor/{id}")).StatusCode);
        }

        var view = await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}");
        Assert.Equal(("scheduled", 0), (view.GetProperty("status").GetString(), view.GetProperty("checkedIn").GetInt32()));
    }

    [Fact]
    public async Task Roster_PracticalCandidateWithEveryTaskFinal_IsScored_TheOtherStillScoring()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 2, openCheckIn: false, proctors: false);
        foreach (var verb in new[] { "open-check-in", "seats/1/check-in", "seats/2/check-in", "start" })
        {
            var response = await sitting.Chief.PostAsJsonAsync($"/api/sessions/{sitting.Id}/{verb}", new { identityConfirmed = true });
            Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{verb}: {await response.Content.ReadAsStringAsync()}");
        }

        await ScoreEveryTaskAsync(sitting, candidate: 0);
        var roster = await sitting.Chief.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");

        Assert.Equal(["scored", "scoring"], roster.EnumerateArray().Select(l => l.GetProperty("status").GetString()));
        Assert.Equal([(4, 4), (0, 4)], roster.EnumerateArray().Select(l => (l.GetProperty("answered").GetInt32(), l.GetProperty("total").GetInt32())));
    }

    // Every assessor of the sitting signs a full-marks sheet for every task of one candidate (the same marks: nothing is held).
    private static async Task ScoreEveryTaskAsync(PracticalSittingAsync sitting, int candidate)
    {
        foreach (var assessor in sitting.Assessors)
        {
            var assignments = await assessor.GetFromJsonAsync<JsonElement>("/api/practical/assignments");
            var mine = assignments.EnumerateArray().Single(a => a.GetProperty("sessionId").GetString() == sitting.Id);
            var tasks = mine.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("ticket").GetString() == sitting.Tickets[candidate]).GetProperty("tasks");
            foreach (var task in tasks.EnumerateArray())
            {
                var path = sitting.TaskPath(candidate, task.GetProperty("taskId").GetString()!);
                var rubric = await assessor.GetFromJsonAsync<JsonElement>(path);
                var signed = await assessor.PostAsJsonAsync(path + "/sheet", PracticalSittingAsync.Sheet(rubric, 1m));
                Assert.True(signed.StatusCode == HttpStatusCode.NoContent, await signed.Content.ReadAsStringAsync());
            }
        }
    }
}
