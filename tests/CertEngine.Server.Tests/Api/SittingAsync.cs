using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>A theory sitting set up through the API: track opened, candidates registered and enrolled, scheduled, check-in open, everyone checked in, and (by default) started.</summary>
internal sealed class SittingAsync
{
    public required string Id { get; init; }
    public required HttpClient Proctor { get; init; }
    public required string AccessCode { get; init; }
    public required List<string> IdNumbers { get; init; }
    public required List<string> Tickets { get; init; }
    public required int Minutes { get; init; }
    public required ApiHost Host { get; init; }

    public static async Task<SittingAsync> CreateAsync(ApiHost host, int candidates, bool start = true, string proctorName = "proctor.li")
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var proctor = await host.StaffAsync(proctorName, "Proctor");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var track = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var minutes = track.GetProperty("components").EnumerateArray().First(c => c.GetProperty("component").GetString() == "theory").GetProperty("minutes").GetInt32();

        var id = "T-" + Guid.NewGuid().ToString("N")[..10];
        var ids = new List<string>();
        var tickets = new List<string>();
        for (var i = 0; i < candidates; i++)
        {
            var idNumber = ApiHost.NewIdNumber();
            var registered = await manager.PostAsJsonAsync("/api/candidates", new { name = $"考生{i}", idNumber, county = "潞州区", tags = new[] { "太行家政" } });
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
            tickets.Add($"ZK{id[2..]}{i:000}");
        }

        var scheduled = await manager.PostAsJsonAsync("/api/sessions", new
        {
            id, trackKey = ApiHost.Track5, component = "theory", centre = "长治市职业技能鉴定中心", room = "301",
            startsAt = host.Clock.GetUtcNow().AddMinutes(30), minutes, proctors = candidates > 30 ? new[] { proctorName, "proctor.wang", "proctor.zhao" } : new[] { proctorName, "proctor.wang" },
            roster = ids.Select((idNumber, i) => new { idNumber, seat = i + 1, ticket = tickets[i] }).ToArray(),
        });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{id}/open-check-in", null)).StatusCode);
        foreach (var idNumber in ids)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsJsonAsync($"/api/sessions/{id}/check-in", new { idNumber, identityConfirmed = true })).StatusCode);
        }

        if (start)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{id}/start", null)).StatusCode);
        }

        var session = await proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}");
        return new SittingAsync
        {
            Id = id, Proctor = proctor, AccessCode = session.GetProperty("accessCode").GetString()!, IdNumbers = ids, Tickets = tickets, Minutes = minutes, Host = host,
        };
    }

    public async Task<HttpClient> SignInCandidateAsync(int index)
    {
        var client = Host.NewClient();
        var response = await client.PostAsJsonAsync("/api/candidate/sign-in", new { ticket = Tickets[index], idNumber = IdNumbers[index], accessCode = AccessCode });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return client;
    }
}
