using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>A theory sitting driven only through the HTTP API, by a centre manager, a proctor and candidates.</summary>
[Collection(ApiCollection.Name)]
public sealed class TheorySittingApiTests(ApiHost host)
{
    [Fact]
    public async Task Sitting_ThroughTheApi_SavesPausesResumesAndSubmitsAtTheDeadline()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 2);
        var proctor = sitting.Proctor;
        var candidate = await sitting.SignInCandidateAsync(0);

        var paper = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");
        Assert.Equal("running", paper.GetProperty("status").GetString());
        Assert.Equal(sitting.Minutes * 60, paper.GetProperty("remainingSeconds").GetDouble());
        var questions = paper.GetProperty("questions");
        Assert.True(questions.GetArrayLength() > 50);
        Assert.DoesNotContain("key", questions[0].GetRawText(), StringComparison.OrdinalIgnoreCase);

        var first = questions[0].GetProperty("options")[0].GetProperty("label").GetString();
        Assert.Equal(HttpStatusCode.OK, (await candidate.PutAsJsonAsync("/api/attempt/answers/0", new { choices = new[] { first } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await candidate.PutAsJsonAsync("/api/attempt/answers/1", new { choices = new[] { questions[1].GetProperty("options")[1].GetProperty("label").GetString() } })).StatusCode);
        var outOfRange = await candidate.PutAsJsonAsync($"/api/attempt/answers/{questions.GetArrayLength()}", new { choices = new[] { "A" } });
        var outOfRangeProblem = await outOfRange.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Conflict, outOfRange.StatusCode);
        Assert.Equal(("AttemptNoSuchQuestion", "题号不存在 (no such question)"),
            (outOfRangeProblem.GetProperty("code").GetString(), outOfRangeProblem.GetProperty("detail").GetString()));

        var roster = await proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");
        Assert.Equal(2, roster[0].GetProperty("answered").GetInt32());
        Assert.True(roster[0].GetProperty("online").GetBoolean());
        Assert.False(roster[1].GetProperty("online").GetBoolean());
        Assert.Contains("*", roster[0].GetProperty("idNumber").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/pause", new { reason = "停电" })).StatusCode);
        var paused = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");
        Assert.Equal("paused", paused.GetProperty("status").GetString());
        Assert.Equal(0, paused.GetProperty("questions").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await candidate.PutAsJsonAsync("/api/attempt/answers/2", new { choices = new[] { "A" } })).StatusCode);

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/resume", new { reason = "来电" })).StatusCode);
        var resumed = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");
        Assert.Equal(sitting.Minutes * 60, resumed.GetProperty("remainingSeconds").GetDouble());

        host.Clock.Advance(TimeSpan.FromMinutes(sitting.Minutes) + TimeSpan.FromSeconds(1));
        // Each attempt's deadline timer submits it on its own: await each one's word that it did, then look.
        await Task.WhenAll(sitting.IdNumbers.Select((_, i) => host.LoggedAsync(line => line.Contains($"Attempt {sitting.Id}#{i + 1} submitted by system", StringComparison.Ordinal))));
        var closed = await proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");
        Assert.True(closed.EnumerateArray().All(line => line.GetProperty("status").GetString() == "submitted"),
            "every attempt is submitted at the deadline, also the one whose browser never opened");

        var late = await candidate.PutAsJsonAsync("/api/attempt/answers/2", new { choices = new[] { "A" } });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("AttemptAlreadySubmitted", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("submitted", (await candidate.GetFromJsonAsync<JsonElement>("/api/attempt")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task CandidateSignIn_WrongAccessCode_Refused401WithoutSayingWhichPartWasWrong()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        var client = host.NewClient();
        var wrongCode = sitting.AccessCode == "000000" ? "000001" : "000000";

        var response = await client.PostAsJsonAsync("/api/candidate/sign-in", new { ticket = sitting.Tickets[0], idNumber = sitting.IdNumbers[0], accessCode = wrongCode });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("准考证号、身份证号或考场口令不正确", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Attempt_BeforeTheStart_ShowsNoQuestions()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        var candidate = await sitting.SignInCandidateAsync(0);

        var paper = await candidate.GetFromJsonAsync<JsonElement>("/api/attempt");

        Assert.Equal("ready", paper.GetProperty("status").GetString());
        Assert.Equal(0, paper.GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public async Task Proctor_NotNamedOnTheSitting_CannotSeeOrRunIt()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        var stranger = await host.StaffAsync("proctor.stranger", "Proctor");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/sessions/{sitting.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/sessions/{sitting.Id}/start", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sitting.Proctor.GetAsync($"/api/sessions/{sitting.Id}")).StatusCode);
    }
}
