using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

/// <summary>Exam batches (批次) through the API: created, sittings scheduled into them keep one ticket per candidate, listed, exported.</summary>
[Collection(ApiCollection.Name)]
public sealed class BatchApiTests(ApiHost host)
{
    [Fact]
    public async Task ScheduleIntoABatch_TheoryThenPractical_KeepsEachCandidatesTicket_AndTheBatchListsThem()
    {
        var (manager, ids) = await EnrolledAsync(2);
        var batch = await CreateAsync(manager, "第" + Guid.NewGuid().ToString("N")[..6] + "批");
        var (theory, practical) = (NewId(), NewId());

        var scheduled = await manager.PostAsJsonAsync("/api/sessions", Sitting(theory, "theory", batch, ids.Select(i => (i, (string?)null))));
        var otherNumber = await manager.PostAsJsonAsync("/api/sessions", Sitting(practical, "practical", batch, [(ids[0], "OTHER-" + practical), (ids[1], null)]));
        var copied = await manager.PostAsJsonAsync("/api/sessions", Sitting(practical, "practical", batch, ids.Select(i => (i, (string?)null))));
        var details = await manager.GetFromJsonAsync<JsonElement>($"/api/batches/{batch}");
        var list = await manager.GetFromJsonAsync<JsonElement>("/api/batches?track=" + Uri.EscapeDataString(ApiHost.Track5));
        var export = await manager.GetAsync($"/api/exports/results.csv?batch={batch}");

        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherNumber.StatusCode);
        Assert.Contains($"{theory}-001", await otherNumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(copied.StatusCode == HttpStatusCode.Created, await copied.Content.ReadAsStringAsync());
        var roster = await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{practical}/roster");
        Assert.Equal([$"{theory}-001", $"{theory}-002"], roster.EnumerateArray().Select(r => r.GetProperty("ticket").GetString()));
        Assert.Equal([theory, practical], details.GetProperty("sittings").EnumerateArray().Select(s => s.GetProperty("sessionId").GetString()));
        Assert.Equal(2, details.GetProperty("candidates").GetInt64());
        Assert.Equal([$"{theory}-001", $"{theory}-002"], details.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("ticket").GetString()));
        Assert.Contains(list.EnumerateArray(), b => b.GetProperty("batchId").GetString() == batch);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Contains($"批次 {batch} 没有成绩", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(batch, (await Grains.GetGrain<IExamSessionGrain>(practical).GetAsync())!.Plan.BatchId);
    }

    [Fact]
    public async Task CandidateAndCertificateSearch_PartOfABatchTicket_FindsItsHolders_AnyCase()
    {
        var (manager, ids) = await EnrolledAsync(2);
        var batch = await CreateAsync(manager, "第" + Guid.NewGuid().ToString("N")[..6] + "批");
        var theory = NewId();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Sitting(theory, "theory", batch, ids.Select(i => (i, (string?)null))))).StatusCode);

        var prefix = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={Uri.EscapeDataString(theory.ToLowerInvariant() + "-00")}&pageSize=100");
        var middle = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={Uri.EscapeDataString(theory[2..] + "-002")}&pageSize=100");
        var page = await manager.GetStringAsync($"/admin/candidates?q={Uri.EscapeDataString(theory + "-00")}");

        Assert.Equal(2, prefix.GetProperty("total").GetInt64());
        Assert.Equal(1, middle.GetProperty("total").GetInt64());
        Assert.Contains(IdentityNumberTail(ids[1]), middle.GetProperty("candidates")[0].GetProperty("idNumber").GetString(), StringComparison.Ordinal);
        Assert.Contains(IdentityNumberTail(ids[0]), page, StringComparison.Ordinal);
        Assert.Contains(IdentityNumberTail(ids[1]), page, StringComparison.Ordinal);
    }

    private static string IdentityNumberTail(string idNumber) => idNumber[^4..];

    [Fact]
    public async Task ScheduleWithATicketOfAnotherPerson_409WithTheCode_AndNothingScheduled()
    {
        var (manager, ids) = await EnrolledAsync(2);
        var (first, second) = (NewId(), NewId());
        // The number is someone's elsewhere (another track's sitting, say), where the form's check of the batch cannot see it.
        Assert.True((await Grains.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of("ZK-" + first)).BindAsync(new AdmissionTicket("ZK-" + first, first, ids[0], 1))).Accepted);

        var response = await manager.PostAsJsonAsync("/api/sessions", Sitting(second, "theory", null, [(ids[1], "zk-" + first)]));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, body);
        Assert.Equal("BatchTicketHeldByAnother", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.Contains($"准考证号 zk-{first} 已属于另一名考生", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/sessions/{second}")).StatusCode);
    }

    [Fact]
    public async Task Create_Refusals_AreProblemsAndWriteNothing()
    {
        var manager = await host.StaffAsync("batch.manager", "CentreManager");
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 })).StatusCode);
        var name = "第" + Guid.NewGuid().ToString("N")[..6] + "批";
        await CreateAsync(manager, name);

        var taken = await manager.PostAsJsonAsync("/api/batches", Batch(ApiHost.Track5, name));
        var tooLong = await manager.PostAsJsonAsync("/api/batches", Batch(ApiHost.Track5, new string('批', 41)));
        var reversed = await manager.PostAsJsonAsync("/api/batches", Batch(ApiHost.Track5, name + "2") with { LastDay = new DateOnly(2026, 11, 1) });
        var noTrack = await manager.PostAsJsonAsync("/api/batches", Batch("4-10-01-06/家庭照护员/3", name));
        var noName = await manager.PostAsJsonAsync("/api/batches", new { track = ApiHost.Track5, centre = "长治", firstDay = "2026-12-01", lastDay = "2026-12-02" });
        var unknown = await manager.GetAsync("/api/batches/B20261201-zzzz");
        var badId = await manager.GetAsync("/api/batches/not-a-batch");
        var badPage = await manager.GetAsync("/api/batches?page=0");

        Assert.Equal((HttpStatusCode.Conflict, "BatchNameTaken"), (taken.StatusCode, await CodeAsync(taken)));
        Assert.Equal((HttpStatusCode.Conflict, "BatchNameInvalid"), (tooLong.StatusCode, await CodeAsync(tooLong)));
        Assert.Equal((HttpStatusCode.Conflict, "BatchDatesInvalid"), (reversed.StatusCode, await CodeAsync(reversed)));
        Assert.Equal(HttpStatusCode.NotFound, noTrack.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badId.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        var list = await manager.GetFromJsonAsync<JsonElement>("/api/batches?track=" + Uri.EscapeDataString(ApiHost.Track5));
        Assert.Single(list.EnumerateArray(), b => b.GetProperty("name").GetString()!.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishABatch_UnknownIs404_AndATrackWithPublicityOffIsRefused()
    {
        var manager = await host.StaffAsync("batch.manager", "CentreManager");
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 })).StatusCode);
        var batch = await CreateAsync(manager, "第" + Guid.NewGuid().ToString("N")[..6] + "批");

        var unknown = await manager.PostAsync("/api/publicity/batches/B20261201-zzzz", null);
        var off = await manager.PostAsync($"/api/publicity/batches/{batch}", null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "PublicityTrackOff"), (off.StatusCode, await CodeAsync(off)));
    }

    private sealed record BatchBody(string Track, string Name, string Centre, DateOnly FirstDay, DateOnly LastDay);

    private static BatchBody Batch(string track, string name) => new(track, name, "长治市职业技能鉴定中心", new DateOnly(2026, 12, 19), new DateOnly(2026, 12, 20));

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;

    private static async Task<string> CreateAsync(HttpClient manager, string name)
    {
        var created = await manager.PostAsJsonAsync("/api/batches", Batch(ApiHost.Track5, name));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetString()!;
    }

    private IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    private static string NewId() => "BA-" + Guid.NewGuid().ToString("N")[..8];

    private static object Sitting(string id, string component, string? batchId, IEnumerable<(string IdNumber, string? Ticket)> seats) => new
    {
        id, trackKey = ApiHost.Track5, component, centre = "长治市职业技能鉴定中心", room = component == "theory" ? "305" : "实训室",
        startsAt = new DateTimeOffset(2026, 12, 19, component == "theory" ? 8 : 14, 30, 0, TimeSpan.FromHours(8)), minutes = 90,
        proctors = new[] { "schedule.proctor", "schedule.proctor2" },
        roster = seats.Select((s, i) => new { idNumber = s.IdNumber, seat = i + 1, ticket = s.Ticket }).ToArray(),
        assessors = component == "theory" ? null : new[] { "assessor.a", "assessor.b", "assessor.c" }, chiefAssessor = component == "theory" ? null : "assessor.a",
        capacity = 30, batchId,
    };

    private async Task<(HttpClient Manager, List<string> IdNumbers)> EnrolledAsync(int count)
    {
        var manager = await host.StaffAsync("batch.manager", "CentreManager");
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 })).StatusCode);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var idNumber = ApiHost.NewIdNumber();
            Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name = $"批次{i}", idNumber, county = "潞州区" })).StatusCode);
            var enrolled = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
            {
                trackKey = ApiHost.Track5,
                evidence = new object[] { new { id = "work-1", kind = "work", from = "2022-01-01", occupation = "家政服务员", related = true, hours = 0 } },
            });
            Assert.True(enrolled.StatusCode == HttpStatusCode.NoContent, await enrolled.Content.ReadAsStringAsync());
            ids.Add(idNumber);
        }

        return (manager, ids);
    }
}
