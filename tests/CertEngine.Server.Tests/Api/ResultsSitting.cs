using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// A theory sitting for the results and 发证 tests: candidates registered and enrolled through the API, scheduled, check-in
/// open and the first <c>checkedIn</c> checked in; results are recorded straight on the candidates (scoring is the
/// sittings' tests' job).
/// </summary>
internal sealed class ResultsSitting
{
    public required string Id { get; init; }
    public required HttpClient Manager { get; init; }
    public required List<string> IdNumbers { get; init; }
    public required List<string> Names { get; init; }
    public required ApiHost Host { get; init; }

    public DateOnly Today => DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static async Task<ResultsSitting> CreateAsync(ApiHost host, int candidates, int checkedIn)
    {
        var manager = await host.StaffAsync("results.manager", "CentreManager");
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var minutes = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("components").EnumerateArray()
            .First(c => c.GetProperty("component").GetString() == "theory").GetProperty("minutes").GetInt32();

        var id = "R-" + Guid.NewGuid().ToString("N")[..10];
        var ids = new List<string>();
        var names = new List<string>();
        for (var i = 0; i < candidates; i++)
        {
            var idNumber = ApiHost.NewIdNumber();
            var name = "成绩" + "甲乙丙丁戊己庚辛"[i % 8] + id[2..6];
            Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name, idNumber, county = "潞州区", tags = new[] { "太行家政" } })).StatusCode);
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
        }

        var scheduled = await manager.PostAsJsonAsync("/api/sessions", new
        {
            id, trackKey = ApiHost.Track5, component = "theory", centre = "长治市职业技能鉴定中心", room = "302",
            startsAt = host.Clock.GetUtcNow().AddMinutes(30), minutes, proctors = new[] { "proctor.li", "proctor.wang" },
            roster = ids.Select((idNumber, i) => new { idNumber, seat = i + 1, ticket = $"ZK{id[2..]}{i:000}" }).ToArray(),
        });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{id}/open-check-in", null)).StatusCode);
        foreach (var idNumber in ids.Take(checkedIn))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsJsonAsync($"/api/sessions/{id}/check-in", new { idNumber, identityConfirmed = true })).StatusCode);
        }

        return new ResultsSitting { Id = id, Manager = manager, IdNumbers = ids, Names = names, Host = host };
    }

    /// <summary>Records a result for candidate <paramref name="index"/> (theory in this sitting, practical in <c>{Id}-P</c>).</summary>
    public Task RecordAsync(int index, ExamComponent component, decimal score, bool voided = false) =>
        Host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICandidateGrain>(IdNumbers[index])
            .RecordResultAsync(new ComponentResultRecord(ApiHost.Track5, component, score, 60m, Today, component == ExamComponent.Theory ? Id : Id + "-P", voided));
}
