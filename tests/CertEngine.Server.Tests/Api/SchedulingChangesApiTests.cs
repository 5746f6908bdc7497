using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

/// <summary>Room seats, batch ticket numbers, cancel, reschedule and move through the sitting API, and copying a theory roster on the page.</summary>
[Collection(ApiCollection.Name)]
public sealed class SchedulingChangesApiTests(ApiHost host)
{
    [Fact]
    public async Task Schedule_MoreCandidatesThanSeats_409WithTheCodeAndNothingScheduled()
    {
        var (manager, ids) = await EnrolledAsync(2);
        var id = NewId();

        var response = await manager.PostAsJsonAsync("/api/sessions", Theory(id, ids, capacity: 1));

        await AssertRefusedAsync(response, HttpStatusCode.Conflict, "SessionOverCapacity", "考场座位不足：本考场 1 个座位，名单有 2 名考生");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/sessions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Cancel_WithoutReasonThenWithOne_400ThenCancelledAndTicketsWithdrawn()
    {
        var (manager, ids) = await EnrolledAsync(1);
        var id = NewId();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Theory(id, ids, capacity: 30))).StatusCode);

        var noReason = await manager.PostAsJsonAsync($"/api/sessions/{id}/cancel", new { reason = "" });
        var unknown = await manager.PostAsJsonAsync($"/api/sessions/{NewId()}/cancel", new { reason = "x" });
        var stateAfterRefusal = (await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}")).GetProperty("status").GetString();
        var cancelled = await manager.PostAsJsonAsync($"/api/sessions/{id}/cancel", new { reason = "考场停电" });
        var again = await manager.PostAsJsonAsync($"/api/sessions/{id}/cancel", new { reason = "again" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("application/problem+json", noReason.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("scheduled", stateAfterRefusal);
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        await AssertRefusedAsync(again, HttpStatusCode.Conflict, "SessionSittingEnded", "场次已取消，不能再改期、取消或调场");
        var view = await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}");
        Assert.Equal(("cancelled", "考场停电"), (view.GetProperty("status").GetString(), view.GetProperty("cancelReason").GetString()));
        Assert.Empty(await Grains.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of($"{id}-001")).GetAsync());
    }

    [Fact]
    public async Task Reschedule_FewerSeatsThanTheRoster_409AndUnchanged_ThenMovesTimeAndRoom()
    {
        var (manager, ids) = await EnrolledAsync(2);
        var id = NewId();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Theory(id, ids, capacity: 30))).StatusCode);
        var later = new DateTimeOffset(2026, 12, 20, 14, 0, 0, TimeSpan.FromHours(8));

        var tooSmall = await manager.PostAsJsonAsync($"/api/sessions/{id}/reschedule", new { startsAt = later, room = "小考场", capacity = 1, reason = "换考场" });
        var unchanged = await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}");
        var moved = await manager.PostAsJsonAsync($"/api/sessions/{id}/reschedule", new { startsAt = later, centre = "长治市职业技能鉴定中心", room = "402", capacity = 40, reason = "换考场" });

        await AssertRefusedAsync(tooSmall, HttpStatusCode.Conflict, "SessionCapacityBelowRoster", "座位数须不少于名单人数：填写 1 个座位，名单有 2 名考生");
        Assert.Equal(("305", 30), (unchanged.GetProperty("room").GetString(), unchanged.GetProperty("capacity").GetInt32()));
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        var view = await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}");
        Assert.Equal((later, "402", 40), (view.GetProperty("startsAt").GetDateTimeOffset(), view.GetProperty("room").GetString(), view.GetProperty("capacity").GetInt32()));
        var tickets = await manager.GetStringAsync($"/proctor/{id}/tickets");
        Assert.Contains("2026年12月20日 14:00", tickets);
        Assert.Contains($"{id}-001", tickets);
    }

    [Fact]
    public async Task Move_ToAFullSittingOrAMalformedId_RefusedAndBothRostersUnchanged()
    {
        var (manager, ids) = await EnrolledAsync(3);
        var (from, to) = (NewId(), NewId());
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Theory(from, ids.Take(2).ToList(), capacity: 30))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Theory(to, ids.Skip(2).ToList(), capacity: 1))).StatusCode);

        var full = await manager.PostAsJsonAsync($"/api/sessions/{from}/move", new { idNumber = ids[0], to, reason = "本人申请" });
        var malformed = await manager.PostAsJsonAsync($"/api/sessions/{from}/move", new { idNumber = ids[0], to = "../x", reason = "本人申请" });

        await AssertRefusedAsync(full, HttpStatusCode.Conflict, "SessionOverCapacity", "考场座位不足：本考场 1 个座位，名单有 2 名考生");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(2, (await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{from}")).GetProperty("rostered").GetInt32());
        Assert.Equal(1, (await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{to}")).GetProperty("rostered").GetInt32());
    }

    [Fact]
    public async Task Schedule_PracticalOfTheBatch_KeepsTheTheoryTicketAndRefusesAnotherNumber()
    {
        var (manager, ids) = await EnrolledAsync(2);
        var theory = NewId();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Theory(theory, ids, capacity: 30))).StatusCode);

        var otherNumber = await manager.PostAsJsonAsync("/api/sessions", Practical(NewId(), [(ids[0], "ZK-OTHER")]));
        var someoneElses = await manager.PostAsJsonAsync("/api/sessions", Practical(NewId(), [(ids[1], $"{theory}-001")]));
        var practical = NewId();
        var kept = await manager.PostAsJsonAsync("/api/sessions", Practical(practical, [(ids[0], null), (ids[1], null)]));

        Assert.Equal(HttpStatusCode.BadRequest, otherNumber.StatusCode);
        Assert.Contains($"该考生本批次的准考证号是 {theory}-001", await otherNumber.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, someoneElses.StatusCode);
        Assert.True(kept.StatusCode == HttpStatusCode.Created, await kept.Content.ReadAsStringAsync());
        var plan = (await Grains.GetGrain<IExamSessionGrain>(practical).GetAsync())!.Plan;
        Assert.Equal([$"{theory}-001", $"{theory}-002"], plan.Roster.Select(r => r.Ticket));
    }

    [Fact]
    public async Task SessionsPage_CopyTheTheoryRoster_LeavesOutTheAbsentAndThoseBookedElsewhere()
    {
        var (manager, ids) = await EnrolledAsync(3);
        var theory = NewId();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Theory(theory, ids, capacity: 30))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PostAsync($"/api/sessions/{theory}/open-check-in", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PostAsJsonAsync($"/api/sessions/{theory}/seats/2/absent", new { reason = "电话告知不来" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Practical(NewId(), [(ids[2], null)]))).StatusCode);

        var html = await manager.GetStringAsync($"/admin/sessions?track={Uri.EscapeDataString(ApiHost.Track5)}&copyFrom={theory}");

        Assert.Contains($"已复制理论场次 {theory} 的 1 名考生（缺考 1 名、已安排其他技能场次 1 名未复制）", html);
        Assert.Contains($"value=\"{Key(ids[0])}\" checked=\"checked\"", html);
        Assert.DoesNotContain($"value=\"{Key(ids[1])}\" checked=\"checked\"", html);
        Assert.DoesNotContain($"value=\"{Key(ids[2])}\" checked=\"checked\"", html);
        Assert.Matches("<option value=\"practical\"[^>]*selected=\"selected\"", html);
    }

    [Fact]
    public async Task SittingPage_ProctorDeniedManagerWithoutConfirmOrToken_NothingCancelled()
    {
        var (manager, ids) = await EnrolledAsync(1);
        var id = NewId();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Theory(id, ids, capacity: 30))).StatusCode);
        var proctor = await host.StaffAsync("schedule.proctor", "Proctor");
        var page = await manager.GetStringAsync($"/admin/sessions/{id}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var denied = await proctor.GetAsync($"/admin/sessions/{id}");
        var unknown = await manager.GetAsync($"/admin/sessions/{NewId()}");
        var noToken = await manager.PostAsync($"/admin/sessions/{id}?handler=Cancel", new FormUrlEncodedContent([new("Reason", "停电"), new("Confirm", "true")]));
        var unconfirmed = await manager.PostAsync($"/admin/sessions/{id}?handler=Cancel",
            new FormUrlEncodedContent([new("Reason", "停电"), new("__RequestVerificationToken", token)]));
        var tickets = await manager.GetAsync($"/proctor/{id}/tickets");

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("请勾选确认取消本场次", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, tickets.StatusCode);
        Assert.Equal("scheduled", (await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Tickets_OfACancelledSitting_404()
    {
        var (manager, ids) = await EnrolledAsync(1);
        var id = NewId();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/sessions", Theory(id, ids, capacity: 30))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PostAsJsonAsync($"/api/sessions/{id}/cancel", new { reason = "考场停电" })).StatusCode);

        var html = await manager.GetAsync($"/proctor/{id}/tickets");
        var pdf = await manager.GetAsync($"/proctor/{id}/tickets?handler=Pdf");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (html.StatusCode, pdf.StatusCode));
    }

    [Fact]
    public async Task ClosedSitting_RescheduleCancelAndMove_EachRefused409InWords_AndNothingChanges()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/close", new { reason = "考试结束" })).StatusCode);
        var before = await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}");

        var reschedule = await manager.PostAsJsonAsync($"/api/sessions/{sitting.Id}/reschedule",
            new { startsAt = new DateTimeOffset(2026, 12, 20, 14, 0, 0, TimeSpan.FromHours(8)), room = "402", capacity = 40, reason = "补考" });
        var cancel = await manager.PostAsJsonAsync($"/api/sessions/{sitting.Id}/cancel", new { reason = "误操作" });
        var move = await manager.PostAsJsonAsync($"/api/sessions/{sitting.Id}/move", new { idNumber = sitting.IdNumbers[0], to = NewId(), reason = "调场" });

        foreach (var refused in new[] { reschedule, cancel, move })
        {
            await AssertRefusedAsync(refused, HttpStatusCode.Conflict, "SessionSittingEnded", "场次已结束，不能再改期、取消或调场 (the sitting is closed: it can no longer be rescheduled, cancelled or changed)");
        }

        var after = await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}");
        Assert.Equal(before.ToString(), after.ToString());
    }

    private IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    // The roster's boxes carry the candidates' row keys, never their ID numbers.
    private string Key(string idNumber) => host.Services.GetRequiredService<CertEngine.Server.Features.Results.CandidateRowKeys>().Of(idNumber);

    private static string NewId() => "SC-" + Guid.NewGuid().ToString("N")[..8];

    private static object Theory(string id, IReadOnlyList<string> ids, int capacity) => new
    {
        id, trackKey = ApiHost.Track5, component = "theory", centre = "长治市职业技能鉴定中心", room = "305",
        startsAt = new DateTimeOffset(2026, 12, 19, 8, 30, 0, TimeSpan.FromHours(8)), minutes = 90, proctors = new[] { "schedule.proctor", "schedule.proctor2" },
        roster = ids.Select((idNumber, i) => new { idNumber, seat = i + 1 }).ToArray(), capacity,
    };

    private static object Practical(string id, IReadOnlyList<(string IdNumber, string? Ticket)> seats) => new
    {
        id, trackKey = ApiHost.Track5, component = "practical", centre = "长治市职业技能鉴定中心", room = "实训室",
        startsAt = new DateTimeOffset(2026, 12, 19, 14, 0, 0, TimeSpan.FromHours(8)), minutes = 90, proctors = new[] { "schedule.proctor", "schedule.proctor2" },
        roster = seats.Select((s, i) => new { idNumber = s.IdNumber, seat = i + 1, ticket = s.Ticket }).ToArray(),
        assessors = new[] { "assessor.a", "assessor.b", "assessor.c" }, chiefAssessor = "assessor.a", capacity = 30,
    };

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code, string? words)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        if (words is not null)
        {
            Assert.StartsWith(words, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    private async Task<(HttpClient Manager, List<string> IdNumbers)> EnrolledAsync(int count)
    {
        var manager = await host.StaffAsync("schedule.manager", "CentreManager");
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 })).StatusCode);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var idNumber = ApiHost.NewIdNumber();
            Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name = $"调场{i}", idNumber, county = "潞州区" })).StatusCode);
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
