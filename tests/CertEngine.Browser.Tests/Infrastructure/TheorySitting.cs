using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Browser.Tests.Infrastructure;

/// <summary>
/// A theory sitting set up through the API: track opened, candidates registered and enrolled, scheduled, check-in open,
/// everyone checked in, and (by default) started. Proctors <c>proctor.li</c> (signed in as <see cref="Proctor"/>) and <c>proctor.wang</c>: the rules want two for any sitting.
/// </summary>
public sealed class TheorySitting
{
    public required string Id { get; init; }

    public required HttpClient Proctor { get; init; }

    public required string AccessCode { get; init; }

    public required IReadOnlyList<string> IdNumbers { get; init; }

    public required IReadOnlyList<string> Tickets { get; init; }

    public required int Minutes { get; init; }

    public required BrowserHost Host { get; init; }

    public static async Task<TheorySitting> CreateAsync(BrowserHost host, int candidates, bool start = true)
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = BrowserHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var track = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var minutes = track.GetProperty("components").EnumerateArray().First(c => c.GetProperty("component").GetString() == "theory").GetProperty("minutes").GetInt32();

        var id = "T-" + Guid.NewGuid().ToString("N")[..10];
        var ids = new List<string>();
        var tickets = new List<string>();
        for (var i = 0; i < candidates; i++)
        {
            var idNumber = BrowserHost.NewIdNumber();
            var registered = await manager.PostAsJsonAsync("/api/candidates", new { name = $"考生{i}", idNumber, county = "潞州区", tags = new[] { "太行家政" } });
            Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
            var enrolled = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
            {
                trackKey = BrowserHost.Track5,
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
            id, trackKey = BrowserHost.Track5, component = "theory", centre = "长治市职业技能鉴定中心", room = "301",
            startsAt = host.Clock.GetUtcNow().AddMinutes(30), minutes, proctors = new[] { "proctor.li", "proctor.wang" },
            roster = ids.Select((idNumber, i) => new { idNumber, seat = i + 1, ticket = tickets[i] }).ToArray(),
        });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{id}/open-check-in", null)).StatusCode);
        foreach (var idNumber in ids)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsJsonAsync($"/api/sessions/{id}/check-in", new { idNumber, identityConfirmed = true })).StatusCode);
        }

        var sitting = new TheorySitting
        {
            Id = id, Proctor = proctor, AccessCode = "", IdNumbers = ids, Tickets = tickets, Minutes = minutes, Host = host,
        };
        if (start)
        {
            await sitting.StartAsync();
        }

        var session = await proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}");
        return new TheorySitting
        {
            Id = id, Proctor = proctor, AccessCode = session.GetProperty("accessCode").GetString()!, IdNumbers = ids, Tickets = tickets, Minutes = minutes, Host = host,
        };
    }

    /// <summary>The proctor starts the sitting.</summary>
    public async Task StartAsync() =>
        Assert.Equal(HttpStatusCode.NoContent, (await Proctor.PostAsync($"/api/sessions/{Id}/start", null)).StatusCode);

    /// <summary>The proctor pauses the sitting.</summary>
    public async Task PauseAsync(string reason = "停电") =>
        Assert.Equal(HttpStatusCode.NoContent, (await Proctor.PostAsJsonAsync($"/api/sessions/{Id}/pause", new { reason })).StatusCode);

    /// <summary>The proctor resumes the sitting.</summary>
    public async Task ResumeAsync(string reason = "来电") =>
        Assert.Equal(HttpStatusCode.NoContent, (await Proctor.PostAsJsonAsync($"/api/sessions/{Id}/resume", new { reason })).StatusCode);

    /// <summary>The roster as the proctor sees it.</summary>
    public Task<JsonElement> RosterAsync() => Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{Id}/roster");

    /// <summary>Candidate <paramref name="index"/> signed in through the API on a fresh client.</summary>
    public async Task<HttpClient> SignInCandidateAsync(int index)
    {
        var client = Host.NewClient();
        var response = await client.PostAsJsonAsync("/api/candidate/sign-in", new { ticket = Tickets[index], idNumber = IdNumbers[index], accessCode = AccessCode });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return client;
    }
}
