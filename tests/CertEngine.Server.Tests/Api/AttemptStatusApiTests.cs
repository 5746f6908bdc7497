using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary><c>GET /api/attempt/status</c>: the exam page's light poll — state, the server's remaining time, answered count, no paper.</summary>
[Collection(ApiCollection.Name)]
public sealed class AttemptStatusApiTests(ApiHost host)
{
    [Fact]
    public async Task Status_Running_AnswersStateRemainingTimeAndAnsweredCountWithoutThePaper()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var candidate = await sitting.SignInCandidateAsync(0);
        var paper = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");
        var label = paper.GetProperty("questions")[0].GetProperty("options")[0].GetProperty("label").GetString();
        Assert.Equal(HttpStatusCode.OK, (await candidate.PutAsJsonAsync("/api/attempt/answers/0", new { choices = new[] { label } })).StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        var response = await candidate.GetAsync("/api/attempt/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("running", status.GetProperty("status").GetString());
        Assert.Equal((sitting.Minutes - 5) * 60, status.GetProperty("remainingSeconds").GetDouble());
        Assert.Equal(host.Clock.GetUtcNow(), status.GetProperty("serverTime").GetDateTimeOffset());
        Assert.False(status.GetProperty("paused").GetBoolean());
        Assert.Equal(1, status.GetProperty("answered").GetInt32());
        Assert.Equal(paper.GetProperty("questions").GetArrayLength(), status.GetProperty("total").GetInt32());
        Assert.False(status.GetProperty("submitted").GetBoolean());
        Assert.False(status.TryGetProperty("questions", out _));
    }

    [Fact]
    public async Task Status_Paused_ReportsPausedWithTheClockFrozen()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var candidate = await sitting.SignInCandidateAsync(0);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/pause", new { reason = "停电" })).StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(10));

        var status = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt/status");

        Assert.Equal("paused", status.GetProperty("status").GetString());
        Assert.True(status.GetProperty("paused").GetBoolean());
        Assert.Equal((sitting.Minutes - 2) * 60, status.GetProperty("remainingSeconds").GetDouble());
    }

    [Fact]
    public async Task Status_AfterHandIn_ReportsSubmittedWithNoTimeLeft()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var candidate = await sitting.SignInCandidateAsync(0);
        host.Clock.Advance(CertEngine.Domain.Sessions.SessionTiming.Default.EarliestHandIn);
        Assert.Equal(HttpStatusCode.NoContent, (await candidate.PostAsync("/api/attempt/submit", null)).StatusCode);

        var status = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt/status");

        Assert.Equal("submitted", status.GetProperty("status").GetString());
        Assert.True(status.GetProperty("submitted").GetBoolean());
        Assert.Equal(0, status.GetProperty("remainingSeconds").GetDouble());
    }

    [Fact]
    public async Task Status_Polled_ShowsTheCandidateOnlineOnTheProctorsRoster()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 2);
        var polling = await sitting.SignInCandidateAsync(0);
        await sitting.SignInCandidateAsync(1);

        Assert.Equal(HttpStatusCode.OK, (await polling.GetAsync("/api/attempt/status")).StatusCode);

        var roster = await sitting.Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");
        Assert.True(roster[0].GetProperty("online").GetBoolean());
        Assert.False(roster[1].GetProperty("online").GetBoolean());
    }

    [Fact]
    public async Task Status_Submitted_SaysWhoEndedIt_TheCandidateOrTheProctorsClose()
    {
        // The exam page told everyone "您已交卷" after the proctor's close, also those who never handed in (issue 16, point 12).
        var sitting = await SittingAsync.CreateAsync(host, candidates: 2);
        var handing = await sitting.SignInCandidateAsync(0);
        var writing = await sitting.SignInCandidateAsync(1);
        var before = await writing.GetFromJsonAsync<JsonElement>("/api/attempt/status");
        host.Clock.Advance(CertEngine.Domain.Sessions.SessionTiming.Default.EarliestHandIn);
        Assert.Equal(HttpStatusCode.NoContent, (await handing.PostAsync("/api/attempt/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/close", new { reason = "考试时间到" })).StatusCode);

        var handed = await handing.GetFromJsonAsync<JsonElement>("/api/attempt/status");
        var closed = await writing.GetFromJsonAsync<JsonElement>("/api/attempt/status");
        var closedPaper = await writing.GetFromJsonAsync<JsonElement>("/api/attempt");
        var handedPaper = await handing.GetFromJsonAsync<JsonElement>("/api/attempt");

        Assert.Equal(JsonValueKind.Null, before.GetProperty("endedBy").ValueKind);
        Assert.Equal("candidate", handed.GetProperty("endedBy").GetString());
        Assert.Equal("proctor", closed.GetProperty("endedBy").GetString());
        Assert.True(closed.GetProperty("submitted").GetBoolean());
        Assert.Equal("proctor", closedPaper.GetProperty("endedBy").GetString());
        Assert.Equal("candidate", handedPaper.GetProperty("endedBy").GetString());
    }

    [Fact]
    public async Task Status_SubmittedAtTheDeadline_SaysDeadline()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var candidate = await sitting.SignInCandidateAsync(0);
        host.Clock.Advance(TimeSpan.FromMinutes(sitting.Minutes) + TimeSpan.FromSeconds(1));
        await host.LoggedAsync(line => line.Contains($"Attempt {sitting.Id}#1 submitted by system", StringComparison.Ordinal));

        var status = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt/status");

        Assert.Equal("submitted", status.GetProperty("status").GetString());
        Assert.Equal("deadline", status.GetProperty("endedBy").GetString());
    }

    [Fact]
    public async Task Status_OlderReadersFields_AreUnchanged_TheNewOneComesLast()
    {
        // The exam page of an older release reads these seven by name; endedBy is added after them, nothing renamed or moved.
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var candidate = await sitting.SignInCandidateAsync(0);

        var status = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt/status");
        var paper = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");

        Assert.Equal(["status", "remainingSeconds", "serverTime", "paused", "answered", "total", "submitted", "endedBy"],
            status.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("endedBy", paper.EnumerateObject().Last().Name);
        Assert.Equal(["sessionId", "seat", "ticket", "status", "remainingSeconds", "deadline", "serverTime", "questions", "answered",
            "handInOpensInSeconds", "earliestHandInMinutes", "receipt"], paper.EnumerateObject().Select(p => p.Name).SkipLast(1).ToArray());
    }
}
