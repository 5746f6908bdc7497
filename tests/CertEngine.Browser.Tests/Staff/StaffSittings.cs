using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;

namespace CertEngine.Browser.Tests.Staff;

/// <summary>Sittings for the staff pages, set up through the API: a practical one with three assessors, and a theory one with check-in open and nobody in yet.</summary>
internal static class StaffSittings
{
    public sealed record Practical(string Id, IReadOnlyList<string> Tickets, IReadOnlyList<HttpClient> Assessors)
    {
        /// <summary>The chief assessor (考评组长), who runs the sitting's console.</summary>
        public HttpClient Chief => Assessors[0];

        /// <summary>The candidates' names, by seat.</summary>
        public IReadOnlyList<string> Names { get; init; } = [];
    }

    /// <summary>
    /// A practical sitting of <paramref name="candidates"/> (one by default), assessors <c>assessorN.xxxxxx</c>, the first
    /// the chief; check-in open (tasks drawn) by <c>proctor.li</c> unless <paramref name="openCheckIn"/> is false; with
    /// <paramref name="proctors"/> false it names no proctor, as a centre schedules one (its chief runs it).
    /// </summary>
    public static async Task<Practical> PracticalAsync(BrowserHost host, int candidates = 1, bool openCheckIn = true, bool proctors = true)
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var id = "P-" + Guid.NewGuid().ToString("N")[..10];
        var names = Enumerable.Range(1, 3).Select(i => $"assessor{i}.{id[2..8]}").ToList();
        var assessors = new List<HttpClient>();
        foreach (var name in names)
        {
            assessors.Add(await host.StaffAsync(name, "Assessor"));
        }

        var minutes = await OpenTrackAsync(manager, "practical");
        var people = new List<string>();
        var idNumbers = new List<string>();
        for (var i = 0; i < candidates; i++)
        {
            people.Add(i == 0 ? "实操考生" : $"实操考生{i + 1}");
            idNumbers.Add(await EnrolAsync(host, manager, people[i]));
        }

        var tickets = idNumbers.Select((_, i) => "SK" + id[2..] + (i == 0 ? "" : i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var scheduled = await manager.PostAsJsonAsync("/api/sessions", new
        {
            id, trackKey = BrowserHost.Track5, component = "practical", centre = "长治市职业技能鉴定中心", room = "实操室 2",
            startsAt = host.Clock.GetUtcNow().AddMinutes(30), minutes, proctors = proctors ? new[] { "proctor.li", "proctor.wang" } : Array.Empty<string>(),
            roster = idNumbers.Select((idNumber, i) => new { idNumber, seat = i + 1, ticket = tickets[i] }).ToArray(), assessors = names, chiefAssessor = names[0],
        });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());
        if (openCheckIn)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await (proctors ? proctor : manager).PostAsync($"/api/sessions/{id}/open-check-in", null)).StatusCode);
        }

        return new Practical(id, tickets, assessors) { Names = people };
    }

    /// <summary>A theory sitting of one candidate named on <c>proctor.li</c>, with check-in open and nobody checked in; its id.</summary>
    public static async Task<string> TheoryWithoutCheckInAsync(BrowserHost host, int candidates = 1) =>
        (await TheoryWithoutCheckInAndIdsAsync(host, candidates)).Id;

    /// <summary>As <see cref="TheoryWithoutCheckInAsync"/>, with the candidates' ID numbers by seat.</summary>
    public static async Task<(string Id, IReadOnlyList<string> IdNumbers)> TheoryWithoutCheckInAndIdsAsync(BrowserHost host, int candidates = 1)
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var minutes = await OpenTrackAsync(manager, "theory");
        var idNumbers = new List<string>();
        for (var i = 0; i < candidates; i++)
        {
            idNumbers.Add(await EnrolAsync(host, manager, i == 0 ? "签到考生" : $"签到考生{i + 1}"));
        }

        var id = "S-" + Guid.NewGuid().ToString("N")[..10];
        var scheduled = await manager.PostAsJsonAsync("/api/sessions", new
        {
            id, trackKey = BrowserHost.Track5, component = "theory", centre = "长治市职业技能鉴定中心", room = "302",
            startsAt = host.Clock.GetUtcNow().AddMinutes(30), minutes, proctors = new[] { "proctor.li", "proctor.wang" },
            roster = idNumbers.Select((idNumber, i) => new { idNumber, seat = i + 1, ticket = "ZS" + id[2..] + (i == 0 ? "" : i.ToString(System.Globalization.CultureInfo.InvariantCulture)) }).ToArray(),
        });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{id}/open-check-in", null)).StatusCode);
        return (id, idNumbers);
    }

    private static async Task<int> OpenTrackAsync(HttpClient manager, string component)
    {
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = BrowserHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var track = await opened.Content.ReadFromJsonAsync<JsonElement>();
        return track.GetProperty("components").EnumerateArray().First(c => c.GetProperty("component").GetString() == component).GetProperty("minutes").GetInt32();
    }

    private static async Task<string> EnrolAsync(BrowserHost host, HttpClient manager, string name)
    {
        var idNumber = BrowserHost.NewIdNumber();
        var registered = await manager.PostAsJsonAsync("/api/candidates", new { name, idNumber, county = "潞州区", tags = new[] { "太行家政" } });
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
        return idNumber;
    }
}
