using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Server.Features.Publicity;
using CertEngine.Server.Tests.Api;
using CertEngine.Server.Tests.Exports;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CertEngine.Server.Tests.Publicity;

/// <summary>
/// An exam batch (批次) end to end on the shipped tracks (成绩公示 on): a theory and a practical sitting of one batch and a
/// sitting of the same track on the same day outside it, candidates scored; the batch's 公示 lists exactly its
/// candidates (masked) and certificates follow the end of the period (<see cref="BatchPublicityGateTests"/>), the batch's
/// results export holds its candidates only, and a batch notice leaves the sitting outside the batch waiting.
/// </summary>
public sealed class BatchPublicityTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task ABatchNotice_CoversItsSittingsOnly_NotTheTracksOtherSittingOnTheSameDay()
    {
        var world = await BatchWorldAsync(host);
        var publication = host.Services.GetRequiredService<ResultPublication>();
        var day = new DateTimeOffset(2026, 12, 19, 8, 30, 0, TimeSpan.FromHours(8));
        List<(string, string, DateTimeOffset, string?)> sittings =
        [
            (world.Theory, ApiHost.Track5, day, world.BatchId),
            (world.Practical, ApiHost.Track5, day.AddHours(6), world.BatchId),
            (world.Outside, ApiHost.Track5, day.AddHours(2), null),
        ];

        var before = await publication.WaitingAsync(sittings, CancellationToken.None);
        var published = await world.Manager.PostAsync($"/api/publicity/batches/{world.BatchId}", null);
        var after = await publication.WaitingAsync(sittings, CancellationToken.None);

        Assert.Equal(new[] { world.Theory, world.Practical, world.Outside }.Order(StringComparer.Ordinal), before.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal([world.Outside], after);
    }

    [Fact]
    public async Task ExportABatch_ParsedBackRowByRow_HoldsItsCandidatesOnly()
    {
        var world = await BatchWorldAsync(host);

        var csv = await world.Manager.GetAsync($"/api/exports/results.csv?batch={world.BatchId}");
        var xlsx = await world.Manager.GetAsync($"/api/exports/results.xlsx?batch={world.BatchId}");
        var outside = await world.Manager.GetAsync($"/api/exports/results.csv?batch={world.Outside}");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var table = CsvText.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)).ToList();
        var header = table[0];
        var rows = table.Skip(1).ToList();
        Assert.Equal(world.IdNumbers.Take(2).Order(StringComparer.Ordinal), rows.Select(r => r[2]));
        var byId = rows.ToDictionary(r => r[2]);
        Assert.Equal((world.Names[0], "82", "75"), (byId[world.IdNumbers[0]][0], byId[world.IdNumbers[0]][9], byId[world.IdNumbers[0]][10]));
        Assert.Equal((world.Names[1], "82", "40"), (byId[world.IdNumbers[1]][0], byId[world.IdNumbers[1]][9], byId[world.IdNumbers[1]][10]));
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        var sheet = MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(world.IdNumbers.Take(2).Order(StringComparer.Ordinal), sheet.Select(r => Convert.ToString(r[header[2]], CultureInfo.InvariantCulture)));
        var outsideBytes = await outside.Content.ReadAsByteArrayAsync();
        var outsideRows = CsvText.Parse(Encoding.UTF8.GetString(outsideBytes, 3, outsideBytes.Length - 3)).Skip(1).ToList();
        Assert.Equal([world.IdNumbers[2]], outsideRows.Select(r => r[2]));
    }

    [Fact]
    public async Task ABatch_WithASittingNotClosed_IsRefusedNamingIt_AndNothingIsPublished()
    {
        var world = await BatchWorldAsync(host, closeBatch: false);
        await CloseAsync(host, world.Theory, "batch.proctor8");

        var refused = await world.Manager.PostAsync($"/api/publicity/batches/{world.BatchId}", null);
        var notices = await world.Manager.GetFromJsonAsync<JsonElement>($"/api/publicity?track={Uri.EscapeDataString(ApiHost.Track5)}");

        Assert.Equal((HttpStatusCode.Conflict, "PublicityBatchSittingNotClosed"), (refused.StatusCode, await CodeAsync(refused)));
        Assert.Contains(world.Practical, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(notices.EnumerateArray(), n => n.GetProperty("sessionId").GetString() == world.BatchId);
    }

    [Fact]
    public async Task ABatch_WithACheckedInCandidateWithoutAResult_IsRefusedWithTheCount()
    {
        var world = await BatchWorldAsync(host, checkInWithoutPracticalResult: true);

        var refused = await world.Manager.PostAsync($"/api/publicity/batches/{world.BatchId}", null);

        Assert.Equal((HttpStatusCode.Conflict, "PublicityBatchResultsIncomplete"), (refused.StatusCode, await CodeAsync(refused)));
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains(world.Practical, body, StringComparison.Ordinal);
        Assert.Contains("尚有 1 名", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABatchNotice_ShowsTheBatchsResult_NotALaterOneFromAnotherSitting()
    {
        var world = await BatchWorldAsync(host);
        // After the batch, the first candidate sits the theory again elsewhere (a later, higher score): the batch's notice keeps 82.
        await RecordAsync(host, world.IdNumbers[0], ExamComponent.Theory, 95m, "LATER-" + world.BatchId[^6..], new DateOnly(2026, 12, 27));

        var published = await world.Manager.PostAsync($"/api/publicity/batches/{world.BatchId}", null);
        var id = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("publicityId").GetString()!;
        var lines = (await host.NewClient().GetFromJsonAsync<JsonElement>($"/api/publicity/{id}")).GetProperty("lines").EnumerateArray()
            .ToDictionary(l => l.GetProperty("ticket").GetString()!);

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal([82m, 75m], lines[world.Tickets[0]].GetProperty("scores").EnumerateArray().Select(s => s.GetDecimal()));
    }

    internal sealed record BatchWorld(
        HttpClient Manager, string BatchId, string Theory, string Practical, string Outside, List<string> IdNumbers, List<string> Names, List<string> Tickets);

    /// <summary>
    /// Three candidates of track 5: the first two in a batch's theory and practical sittings (the second failing practical),
    /// the third in a sitting of the track on the batch's first day that is in no batch; every result recorded and, unless
    /// <paramref name="closeBatch"/> is false, the batch's two sittings run and closed (nobody checked in, so all marked
    /// absent). With <paramref name="checkInWithoutPracticalResult"/> the second candidate is checked in to the practical
    /// sitting and has no practical result.
    /// </summary>
    internal static async Task<BatchWorld> BatchWorldAsync(ApiHost host, bool closeBatch = true, bool checkInWithoutPracticalResult = false)
    {
        var manager = await host.StaffAsync("results.manager", "CentreManager");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (ids, names) = (new List<string>(), new List<string>());
        for (var i = 0; i < 3; i++)
        {
            var idNumber = ApiHost.NewIdNumber();
            var name = "批公" + "甲乙丙"[i] + tag;
            Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name, idNumber, county = "潞州区" })).StatusCode);
            var enrolled = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
            {
                trackKey = ApiHost.Track5,
                evidence = new object[] { new { id = "work-1", kind = "work", from = "2022-01-01", occupation = "家政服务员", related = true, hours = 0 } },
            });
            Assert.True(enrolled.StatusCode == HttpStatusCode.NoContent, await enrolled.Content.ReadAsStringAsync());
            (ids, names) = ([.. ids, idNumber], [.. names, name]);
        }

        var created = await manager.PostAsJsonAsync("/api/batches", new
        {
            track = ApiHost.Track5, name = $"第{tag}批", centre = "长治市职业技能鉴定中心", firstDay = "2026-12-19", lastDay = "2026-12-20",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var batchId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetString()!;
        var (theory, practical, outside) = ("BT-" + tag, "BP-" + tag, "BO-" + tag);
        await ScheduleAsync(manager, theory, "theory", 8, batchId, ids.Take(2));
        await ScheduleAsync(manager, practical, "practical", 14, batchId, ids.Take(2));
        await ScheduleAsync(manager, outside, "theory", 10, null, ids.Skip(2));

        await RecordAsync(host, ids[0], ExamComponent.Theory, 82m, theory);
        await RecordAsync(host, ids[0], ExamComponent.Practical, 75m, practical);
        await RecordAsync(host, ids[1], ExamComponent.Theory, 82m, theory);
        if (!checkInWithoutPracticalResult)
        {
            await RecordAsync(host, ids[1], ExamComponent.Practical, 40m, practical);
        }
        await RecordAsync(host, ids[2], ExamComponent.Theory, 82m, outside);
        await RecordAsync(host, ids[2], ExamComponent.Practical, 75m, outside + "-P");
        var tickets = (await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{theory}/roster")).EnumerateArray()
            .ToDictionary(r => ids[r.GetProperty("seat").GetInt32() - 1], r => r.GetProperty("ticket").GetString()!);
        var outsideTicket = (await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{outside}/roster")).EnumerateArray().Single().GetProperty("ticket").GetString()!;
        if (checkInWithoutPracticalResult)
        {
            var proctor = await host.StaffAsync("batch.proctor14", "Proctor");
            Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{practical}/open-check-in", null)).StatusCode);
            var checkedIn = await proctor.PostAsJsonAsync($"/api/sessions/{practical}/check-in", new { idNumber = ids[1], identityConfirmed = true });
            Assert.True(checkedIn.StatusCode == HttpStatusCode.NoContent, await checkedIn.Content.ReadAsStringAsync());
        }

        if (closeBatch)
        {
            await CloseAsync(host, theory, "batch.proctor8");
            await CloseAsync(host, practical, "batch.proctor14", checkInOpen: checkInWithoutPracticalResult);
        }

        return new BatchWorld(manager, batchId, theory, practical, outside, ids, names, [tickets[ids[0]], tickets[ids[1]], outsideTicket]);
    }

    private static async Task ScheduleAsync(HttpClient manager, string id, string component, int hour, string? batchId, IEnumerable<string> idNumbers)
    {
        var scheduled = await manager.PostAsJsonAsync("/api/sessions", new
        {
            id, trackKey = ApiHost.Track5, component, centre = "长治市职业技能鉴定中心", room = component == "theory" ? "30" + hour : "实训室",
            startsAt = new DateTimeOffset(2026, 12, 19, hour, 30, 0, TimeSpan.FromHours(8)), minutes = 90,
            proctors = new[] { "batch.proctor" + hour, "batch.proctor" + hour + "b" },
            roster = idNumbers.Select((idNumber, i) => new { idNumber, seat = i + 1 }).ToArray(),
            assessors = component == "theory" ? null : new[] { "assessor.a", "assessor.b", "assessor.c" }, chiefAssessor = component == "theory" ? null : "assessor.a",
            capacity = 30, batchId,
        });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());
    }

    private static Task RecordAsync(ApiHost host, string idNumber, ExamComponent component, decimal score, string sessionId, DateOnly? examDate = null) =>
        host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICandidateGrain>(idNumber)
            .RecordResultAsync(new ComponentResultRecord(ApiHost.Track5, component, score, 60m,
                examDate ?? DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime), sessionId, false));

    /// <summary>The sitting's proctor opens check-in (unless it is open), starts the sitting and closes it.</summary>
    private static async Task CloseAsync(ApiHost host, string sessionId, string proctorName, bool checkInOpen = false)
    {
        var proctor = await host.StaffAsync(proctorName, "Proctor");
        if (!checkInOpen)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{sessionId}/open-check-in", null)).StatusCode);
        }

        var started = await proctor.PostAsync($"/api/sessions/{sessionId}/start", null);
        Assert.True(started.StatusCode == HttpStatusCode.NoContent, await started.Content.ReadAsStringAsync());
        var closed = await proctor.PostAsJsonAsync($"/api/sessions/{sessionId}/close", new { reason = "考试结束" });
        Assert.True(closed.StatusCode == HttpStatusCode.NoContent, await closed.Content.ReadAsStringAsync());
    }

    internal static string Masked(string idNumber) => idNumber[..4] + new string('*', 10) + idNumber[^4..];

    internal static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
}
