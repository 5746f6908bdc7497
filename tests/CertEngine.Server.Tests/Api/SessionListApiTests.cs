using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>The proctor's list of sittings (from the sittings index) and check-in by seat.</summary>
[Collection(ApiCollection.Name)]
public sealed class SessionListApiTests(ApiHost host)
{
    [Fact]
    public async Task List_NamedProctorAndAdmin_SeeTheSitting_OtherProctorDoesNot()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        var other = await host.StaffAsync("proctor.elsewhere", "Proctor");
        var admin = await host.AdminAsync();

        var named = await sitting.Proctor.GetFromJsonAsync<JsonElement>("/api/sessions");
        var notNamed = await other.GetFromJsonAsync<JsonElement>("/api/sessions");
        var everyone = await admin.GetFromJsonAsync<JsonElement>("/api/sessions");

        var line = named.EnumerateArray().Single(s => s.GetProperty("id").GetString() == sitting.Id);
        Assert.Equal("checkin", line.GetProperty("status").GetString());
        Assert.DoesNotContain(notNamed.EnumerateArray(), s => s.GetProperty("id").GetString() == sitting.Id);
        Assert.Contains(everyone.EnumerateArray(), s => s.GetProperty("id").GetString() == sitting.Id);
    }

    [Fact]
    public async Task CheckInBySeat_Confirmed_ChecksIn_MismatchRefused()
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var fresh = await NewSittingAsync(manager, proctor);

        var mismatch = await proctor.PostAsJsonAsync($"/api/sessions/{fresh}/seats/1/check-in", new { identityConfirmed = false });
        var confirmed = await proctor.PostAsJsonAsync($"/api/sessions/{fresh}/seats/1/check-in", new { identityConfirmed = true });
        var noSeat = await proctor.PostAsJsonAsync($"/api/sessions/{fresh}/seats/9/check-in", new { identityConfirmed = true });
        var roster = await proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{fresh}/roster");

        Assert.Equal(HttpStatusCode.Conflict, mismatch.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noSeat.StatusCode);
        Assert.True(roster[0].GetProperty("checkedIn").GetBoolean());
    }

    // A sitting with check-in open and nobody checked in yet, for the same candidates' track.
    private async Task<string> NewSittingAsync(HttpClient manager, HttpClient proctor)
    {
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 });
        var minutes = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("components").EnumerateArray()
            .First(c => c.GetProperty("component").GetString() == "theory").GetProperty("minutes").GetInt32();
        var idNumber = ApiHost.NewIdNumber();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name = "座位签到", idNumber, county = "潞州区", tags = new[] { "太行家政" } })).StatusCode);
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
        var id = "S-" + Guid.NewGuid().ToString("N")[..10];
        var scheduled = await manager.PostAsJsonAsync("/api/sessions", new
        {
            id, trackKey = ApiHost.Track5, component = "theory", centre = "长治市职业技能鉴定中心", room = "302",
            startsAt = host.Clock.GetUtcNow().AddMinutes(30), minutes, proctors = new[] { "proctor.li", "proctor.wang" },
            roster = new[] { new { idNumber, seat = 1, ticket = "ZS" + id[2..] } },
        });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{id}/open-check-in", null)).StatusCode);
        return id;
    }
}
