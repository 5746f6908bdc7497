using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>Practical scoring through the API: blind assignments, signed sheets, and the chief's adjudication.</summary>
[Collection(ApiCollection.Name)]
public sealed class PracticalApiTests(ApiHost host)
{
    [Fact]
    public async Task Assignments_AssignedAssessor_SeesTicketsStationsAndTasks_NeverNamesOrIdNumbers()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 2);

        var response = await sitting.Assessors[1].GetAsync("/api/practical/assignments");
        var text = await response.Content.ReadAsStringAsync();
        var mine = JsonDocument.Parse(text).RootElement.EnumerateArray().Single(a => a.GetProperty("sessionId").GetString() == sitting.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(mine.GetProperty("chief").GetBoolean());
        Assert.Equal(sitting.Tickets, mine.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("ticket").GetString()!).ToList());
        Assert.Equal([1, 2], mine.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("station").GetInt32()).ToList());
        Assert.All(mine.GetProperty("candidates").EnumerateArray(), c => Assert.Equal(4, c.GetProperty("tasks").GetArrayLength()));
        Assert.All(sitting.Names, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
        Assert.All(sitting.IdNumbers, id => Assert.DoesNotContain(id[..6], text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assignments_ACandidateMarkedAbsent_LeavesTheAssessorsList()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 2);

        var marked = await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/seats/2/absent", new { reason = "未到场" });
        var roster = await sitting.Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");
        var list = await sitting.Assessors[1].GetFromJsonAsync<JsonElement>("/api/practical/assignments");
        var mine = list.EnumerateArray().Single(a => a.GetProperty("sessionId").GetString() == sitting.Id);

        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        Assert.Equal([false, true], roster.EnumerateArray().Select(l => l.GetProperty("absent").GetBoolean()));
        Assert.Equal([sitting.Tickets[0]], mine.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("ticket").GetString()!));
    }

    [Fact]
    public async Task Task_AssessorNotOnTheSitting_Gets404_AndCannotSubmit()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(1);
        var path = sitting.TaskPath(0, task.GetProperty("taskId").GetString()!);
        var stranger = await host.StaffAsync("assessor.stranger", "Assessor");

        var read = await stranger.GetAsync(path);
        var submit = await stranger.PostAsJsonAsync(path + "/sheet", PracticalSittingAsync.Sheet(task, 1m));
        var list = await stranger.GetFromJsonAsync<JsonElement>("/api/practical/assignments");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        Assert.DoesNotContain(list.EnumerateArray(), a => a.GetProperty("sessionId").GetString() == sitting.Id);
        var own = await sitting.Assessors[1].GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(JsonValueKind.Null, own.GetProperty("ownSheet").ValueKind);
    }

    [Fact]
    public async Task Sheet_SecondSubmit_IsRefused_AndTheFirstStands()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(1);
        var path = sitting.TaskPath(0, task.GetProperty("taskId").GetString()!);

        var first = await sitting.Assessors[1].PostAsJsonAsync(path + "/sheet", PracticalSittingAsync.Sheet(task, 1m, "操作规范"));
        var second = await sitting.Assessors[1].PostAsJsonAsync(path + "/sheet", PracticalSittingAsync.Sheet(task, 0m));
        var after = await sitting.Assessors[1].GetFromJsonAsync<JsonElement>(path);
        var otherAssessor = await sitting.Assessors[2].GetFromJsonAsync<JsonElement>(path);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已签署", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("操作规范", after.GetProperty("ownSheet").GetProperty("remark").GetString());
        Assert.Equal(task.GetProperty("points").GetDecimal(), after.GetProperty("ownSheet").GetProperty("awarded").EnumerateObject().Sum(p => p.Value.GetDecimal()));
        Assert.Equal(JsonValueKind.Null, otherAssessor.GetProperty("ownSheet").ValueKind);
    }

    [Fact]
    public async Task Sheet_PointsAboveACriterionsMaximum_IsRefused409()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(1);
        var path = sitting.TaskPath(0, task.GetProperty("taskId").GetString()!);

        var response = await sitting.Assessors[1].PostAsJsonAsync(path + "/sheet", PracticalSittingAsync.Sheet(task, 2m));
        var after = await sitting.Assessors[1].GetFromJsonAsync<JsonElement>(path);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("ownSheet").ValueKind);
    }

    [Fact]
    public async Task Adjudication_WideSpread_ChiefSeesAllMarksSideBySide_AndAloneDecides()
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

        var cases = await sitting.Chief.GetFromJsonAsync<JsonElement>("/api/practical/adjudications");
        var held = cases.EnumerateArray().Single(c => c.GetProperty("sessionId").GetString() == sitting.Id);
        var notChiefSees = await sitting.Assessors[1].GetFromJsonAsync<JsonElement>("/api/practical/adjudications");
        var notChiefDecides = await sitting.Assessors[1].PostAsJsonAsync(path + "/adjudication", new { score = 10, reason = "复核录像" });
        var decided = await sitting.Chief.PostAsJsonAsync(path + "/adjudication", new { score = 10, reason = "复核录像后确认操作基本规范" });
        var afterwards = await sitting.Chief.GetFromJsonAsync<JsonElement>("/api/practical/adjudications");
        var admin = await host.AdminAsync();
        var audit = await admin.GetStringAsync($"/api/audit?subject=session/{sitting.Id}");

        Assert.Equal(taskId, held.GetProperty("case").GetProperty("taskId").GetString());
        Assert.Equal(sitting.Tickets[0], held.GetProperty("ticket").GetString());
        Assert.Equal(sitting.AssessorNames.Order(StringComparer.Ordinal).ToList(),
            held.GetProperty("case").GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("assessor").GetString()!).ToList());
        Assert.Equal(0m, held.GetProperty("case").GetProperty("sheets").EnumerateArray().Min(s => s.GetProperty("total").GetDecimal()));
        Assert.DoesNotContain(notChiefSees.EnumerateArray(), c => c.GetProperty("sessionId").GetString() == sitting.Id);
        Assert.Equal(HttpStatusCode.NotFound, notChiefDecides.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, decided.StatusCode);
        Assert.DoesNotContain(afterwards.EnumerateArray(), c => c.GetProperty("sessionId").GetString() == sitting.Id);
        Assert.Contains("practical.adjudicated", audit);
        Assert.Contains("复核录像后确认操作基本规范", audit);
    }

    [Fact]
    public async Task Adjudication_TaskNotHeld_IsRefused409()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var task = await sitting.FirstTaskAsync(0);
        var path = sitting.TaskPath(0, task.GetProperty("taskId").GetString()!);

        var response = await sitting.Chief.PostAsJsonAsync(path + "/adjudication", new { score = 10, reason = "提前裁定" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
