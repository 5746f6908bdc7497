using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// A practical (操作技能) sitting set up through the API: candidates registered and enrolled, three assessors and their
/// chief named, scheduled and check-in opened (which draws every candidate's tasks). Each call uses fresh assessor names.
/// </summary>
internal sealed class PracticalSittingAsync
{
    public required string Id { get; init; }
    public required List<string> IdNumbers { get; init; }
    public required List<string> Names { get; init; }
    public required List<string> Tickets { get; init; }
    public required List<string> AssessorNames { get; init; }
    public required List<HttpClient> Assessors { get; init; }
    public required HttpClient Proctor { get; init; }

    /// <summary>The chief (考评组长) is the first assessor.</summary>
    public HttpClient Chief => Assessors[0];

    /// <summary>The display name (姓名) each assessor's account is created with: <c>考评员1号</c> for <c>assessor1.xxxxxx</c>.</summary>
    public static string DisplayName(string assessor) => $"考评员{assessor["assessor".Length]}号";

    /// <param name="host">The host.</param>
    /// <param name="candidates">How many candidates.</param>
    /// <param name="openCheckIn">Whether the proctor opens check-in (drawing the tasks); else the sitting stays scheduled.</param>
    /// <param name="proctors">Whether the sitting names proctors; a practical sitting may name none (its chief runs it).</param>
    public static async Task<PracticalSittingAsync> CreateAsync(ApiHost host, int candidates, bool openCheckIn = true, bool proctors = true)
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var track = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var minutes = track.GetProperty("components").EnumerateArray().First(c => c.GetProperty("component").GetString() == "practical").GetProperty("minutes").GetInt32();

        var id = "P-" + Guid.NewGuid().ToString("N")[..10];
        var assessorNames = Enumerable.Range(1, 3).Select(i => $"assessor{i}.{id[2..8]}").ToList();
        var assessors = new List<HttpClient>();
        var admin = await host.AdminAsync();
        foreach (var name in assessorNames)
        {
            // Display names (姓名) unlike the user names, so a page that shows either can be told apart.
            var created = await admin.PostAsJsonAsync("/api/staff", new { userName = name, displayName = DisplayName(name), roles = new[] { "Assessor" }, password = ApiHost.Password });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            assessors.Add(await host.StaffAsync(name, "Assessor"));
        }

        var ids = new List<string>();
        var names = new List<string>();
        var tickets = new List<string>();
        for (var i = 0; i < candidates; i++)
        {
            var idNumber = ApiHost.NewIdNumber();
            var name = $"实操考生{id[2..6]}{i}";
            var registered = await manager.PostAsJsonAsync("/api/candidates", new { name, idNumber, county = "潞州区", tags = new[] { "太行家政" } });
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            var enrolled = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
            {
                trackKey = ApiHost.Track5,
                evidence = new object[]
                {
                    new { id = "work-1", kind = "work", from = "2022-01-01", occupation = "家政服务员", related = true, hours = 0 },
                    new { id = "train-1", kind = "training", from = "2026-10-01", related = false, hours = 120 },
                },
            });
            Assert.True(enrolled.StatusCode == HttpStatusCode.NoContent, await enrolled.Content.ReadAsStringAsync());
            ids.Add(idNumber);
            names.Add(name);
            tickets.Add($"SK{id[2..]}{i:000}");
        }

        var scheduled = await manager.PostAsJsonAsync("/api/sessions", new
        {
            id, trackKey = ApiHost.Track5, component = "practical", centre = "长治市职业技能鉴定中心", room = "实操室 2",
            startsAt = host.Clock.GetUtcNow().AddMinutes(30), minutes, proctors = proctors ? new[] { "proctor.li", "proctor.wang" } : Array.Empty<string>(),
            roster = ids.Select((idNumber, i) => new { idNumber, seat = i + 1, ticket = tickets[i] }).ToArray(),
            assessors = assessorNames, chiefAssessor = assessorNames[0],
        });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());
        if (openCheckIn)
        {
            var checkIn = await (proctors ? proctor : manager).PostAsync($"/api/sessions/{id}/open-check-in", null);
            Assert.True(checkIn.StatusCode == HttpStatusCode.NoContent, await checkIn.Content.ReadAsStringAsync());
        }

        return new PracticalSittingAsync
        {
            Id = id, IdNumbers = ids, Names = names, Tickets = tickets, AssessorNames = assessorNames, Assessors = assessors, Proctor = proctor,
        };
    }

    /// <summary>The first task's rubric as assessor <paramref name="index"/> sees it for candidate <paramref name="candidate"/>.</summary>
    public async Task<JsonElement> FirstTaskAsync(int index, int candidate = 0)
    {
        var assignments = await Assessors[index].GetFromJsonAsync<JsonElement>("/api/practical/assignments");
        var sitting = assignments.EnumerateArray().Single(a => a.GetProperty("sessionId").GetString() == Id);
        var taskId = sitting.GetProperty("candidates")[candidate].GetProperty("tasks")[0].GetProperty("taskId").GetString();
        return await Assessors[index].GetFromJsonAsync<JsonElement>(TaskPath(candidate, taskId!));
    }

    public string TaskPath(int candidate, string taskId) => $"/api/practical/{Id}/{Tickets[candidate]}/tasks/{Uri.EscapeDataString(taskId)}";

    /// <summary>A sheet body awarding each criterion its maximum times <paramref name="share"/> (0–1).</summary>
    public static object Sheet(JsonElement task, decimal share, string? remark = null) => new
    {
        awarded = task.GetProperty("rubric").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => Math.Round(r.GetProperty("points").GetDecimal() * share, 1)),
        vetoes = Array.Empty<int>(),
        remark,
    };
}
