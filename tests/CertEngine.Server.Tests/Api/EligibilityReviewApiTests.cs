using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Eligibility evidence (申报材料) and its review (资格审核) through the API: evidence kept and checked, applying to a track
/// whose route rests on a certificate (reviewed in the shipped data for 四级), the queue, approval (schedulable) and
/// rejection (not enrolled; resubmitted only after new evidence).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EligibilityReviewApiTests(ApiHost host)
{
    private const string Track4 = "4-10-01-06/家务服务员/4";

    private static object Certificate(string from = "2020-06-01") =>
        new { kind = "certificate", from, occupation = "4-10-01-06", level = 5, number = "s000023000456205000017" };

    [Fact]
    public async Task Apply_RouteRestingOnACertificate_WaitsForReview_CannotBeScheduled_UntilApproved()
    {
        var manager = await ManagerAsync("review.approver");
        var idNumber = await RegisterAsync(manager, "审核甲");
        var added = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence", Certificate());
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        // Two years of work: the 6-year route falls short, and the page says by how much.
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence", new { kind = "work", from = "2024-11-23", occupation = "家政服务员" })).StatusCode);
        var evidence = await added.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("e1", "S000023000456205000017", false), (evidence.GetProperty("evidence").GetProperty("id").GetString(),
            evidence.GetProperty("evidence").GetProperty("number").GetString(), evidence.GetProperty("confirmed").GetBoolean()));

        var applied = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence/apply", new { trackKey = Track4 });
        var reviewId = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewId").GetString()!;
        var queue = await manager.GetFromJsonAsync<JsonElement>($"/api/eligibility/reviews?track={Uri.EscapeDataString(Track4)}&page=1");
        var waiting = queue.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("reviewId").GetString() == reviewId);
        var refusedSitting = await ScheduleAsync(manager, idNumber);

        Assert.Equal(HttpStatusCode.Accepted, applied.StatusCode);
        Assert.Equal(("4-cert", "e1", "审核甲"), (waiting.GetProperty("conditionId").GetString(), waiting.GetProperty("toCheck")[0].GetString(), waiting.GetProperty("name").GetString()));
        Assert.Equal(["4-cert met", "4-work not met", "4-school not met"], waiting.GetProperty("track").GetProperty("routes").EnumerateArray()
            .Select(r => r.GetProperty("conditionId").GetString() + (r.GetProperty("met").GetBoolean() ? " met" : " not met")));
        Assert.Contains("累计从事本职业或相关职业工作不满 6 年，现计 2 年 0 天", waiting.GetProperty("track").GetProperty("routes")[1].GetProperty("why").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refusedSitting.StatusCode);
        Assert.Contains("待资格审核的申报审核通过后才能排考", await refusedSitting.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("pending", await StatusAsync(manager, idNumber));

        var approved = await manager.PostAsync($"/api/eligibility/reviews/{reviewId}/approve", null);
        var again = await manager.PostAsync($"/api/eligibility/reviews/{reviewId}/approve", null);
        var candidate = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}");
        var file = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}/evidence");
        var after = await manager.GetFromJsonAsync<JsonElement>($"/api/eligibility/reviews?track={Uri.EscapeDataString(Track4)}");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var enrolment = candidate.GetProperty("enrolments").EnumerateArray().Single(e => e.GetProperty("trackKey").GetString() == Track4);
        Assert.Equal(("4-cert", "e1"), (enrolment.GetProperty("conditionId").GetString(), enrolment.GetProperty("evidenceIds")[0].GetString()));
        Assert.Equal((true, "review.approver"), (file.GetProperty("items")[0].GetProperty("confirmed").GetBoolean(), file.GetProperty("items")[0].GetProperty("confirmedBy").GetString()));
        Assert.DoesNotContain(after.GetProperty("cases").EnumerateArray(), c => c.GetProperty("reviewId").GetString() == reviewId);
        Assert.Equal(HttpStatusCode.Created, (await ScheduleAsync(manager, idNumber)).StatusCode);
    }

    [Fact]
    public async Task Reject_WithAReason_LeavesTheCandidateUnenrolled_AndAResubmissionNeedsNewEvidence()
    {
        var manager = await ManagerAsync("review.rejecter");
        var idNumber = await RegisterAsync(manager, "审核乙");
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence", Certificate())).StatusCode);
        var reviewId = (await (await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence/apply", new { trackKey = Track4 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewId").GetString()!;

        var withoutReason = await manager.PostAsJsonAsync($"/api/eligibility/reviews/{reviewId}/reject", new { reason = "" });
        var rejected = await manager.PostAsJsonAsync($"/api/eligibility/reviews/{reviewId}/reject", new { reason = "证书编号查询不到" });
        var resubmitted = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence/apply", new { trackKey = Track4 });
        var file = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}/evidence?track={Uri.EscapeDataString(Track4)}");

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, resubmitted.StatusCode);
        Assert.Equal("EvidenceResubmitNeedsNewEvidence", (await resubmitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var track = file.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("trackKey").GetString() == Track4);
        Assert.Equal(("rejected", "证书编号查询不到"), (track.GetProperty("status").GetString(), track.GetProperty("application").GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await ScheduleAsync(manager, idNumber)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/candidates/{idNumber}/evidence/e1",
            new { kind = "certificate", from = "2020-06-01", occupation = "4-10-01-06", level = 5, number = "1214010011500012" })).StatusCode);
        var again = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence/apply", new { trackKey = Track4 });
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.NotEqual(reviewId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewId").GetString());
    }

    [Fact]
    public async Task Approve_AfterTheEvidenceNoLongerMeetsARoute_IsRefusedAndChangesNothing()
    {
        var manager = await ManagerAsync("review.stale");
        var idNumber = await RegisterAsync(manager, "审核庚");
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence", Certificate())).StatusCode);
        var reviewId = (await (await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence/apply", new { trackKey = Track4 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewId").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/candidates/{idNumber}/evidence/e1")).StatusCode);

        var approved = await manager.PostAsync($"/api/eligibility/reviews/{reviewId}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, approved.StatusCode);
        Assert.Equal("TrackNotEligible", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("pending", await StatusAsync(manager, idNumber));
        Assert.Empty((await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}")).GetProperty("enrolments").EnumerateArray());
    }

    [Fact]
    public async Task Track_ShowsTheEvidenceKindsItsRulesHaveAPersonCheck()
    {
        var manager = await ManagerAsync("review.track");

        var catalogue = await manager.GetFromJsonAsync<JsonElement>("/api/tracks/catalogue");
        var track = catalogue.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("key").GetString() == Track4);

        Assert.Equal(["certificate", "graduation"], track.GetProperty("eligibility").GetProperty("reviewed").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Apply_RouteNeedingNoCheck_EnrolsAtOnce()
    {
        var manager = await ManagerAsync("review.direct");
        Assert.True((await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 })).IsSuccessStatusCode);
        var idNumber = await RegisterAsync(manager, "审核丙");
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence",
            new { kind = "work", from = "2022-01-01", occupation = "家政服务员" })).StatusCode);

        var applied = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence/apply", new { trackKey = ApiHost.Track5 });

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal("enrolled", await StatusAsync(manager, idNumber, ApiHost.Track5));
    }

    [Fact]
    public async Task Enrol_WithInlineEvidenceOnAReviewedRoute_IsRefusedAndChangesNothing()
    {
        var manager = await ManagerAsync("review.inline");
        var idNumber = await RegisterAsync(manager, "审核丁");

        var response = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
        {
            trackKey = Track4,
            evidence = new object[] { new { id = "c1", kind = "certificate", from = "2020-06-01", occupation = "4-10-01-06", level = 5, number = "S000023000456205000017", related = false, hours = 0 } },
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("TrackReviewRequired", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Empty((await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}")).GetProperty("enrolments").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"kind":"training","from":"2026-01-01","hours":6000}""", HttpStatusCode.BadRequest, null)]
    [InlineData("""{"kind":"training","from":"2026-01-01","hours":0}""", HttpStatusCode.Conflict, "EvidenceHoursOutOfRange")]
    [InlineData("""{"kind":"apprenticeship","from":"2027-01-01"}""", HttpStatusCode.Conflict, "EvidenceDateInFuture")]
    [InlineData("""{"kind":"work","from":"2020-01-01","to":"2019-01-01","occupation":"家政服务员"}""", HttpStatusCode.Conflict, "EvidenceEndNotAfterStart")]
    [InlineData("""{"kind":"graduation","from":"2020-07-01","school":"3"}""", HttpStatusCode.Conflict, "EvidenceUnknownSchool")]
    [InlineData("""{"kind":"diploma","from":"2020-07-01"}""", HttpStatusCode.Conflict, "EvidenceUnknownKind")]
    [InlineData("""{"kind":"work","from":"not a date"}""", HttpStatusCode.BadRequest, null)]
    public async Task Add_BadEvidence_IsRefusedWithProblemDetails_AndKeepsNothing(string body, HttpStatusCode status, string? code)
    {
        var manager = await ManagerAsync("review.bad");
        var idNumber = await RegisterAsync(manager, "审核戊");

        var response = await manager.PostAsync($"/api/candidates/{idNumber}/evidence", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (code is not null)
        {
            Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        Assert.Empty((await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}/evidence")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task EditAndRemove_KeptEvidence_AreAuditedAndUnknownIdsAreRefused()
    {
        var manager = await ManagerAsync("review.edit");
        var idNumber = await RegisterAsync(manager, "审核己");
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/evidence", new { kind = "training", from = "2026-01-01", hours = 40 })).StatusCode);

        var edited = await manager.PutAsJsonAsync($"/api/candidates/{idNumber}/evidence/e1", new { kind = "training", from = "2026-01-01", hours = 80.5 });
        var unknown = await manager.DeleteAsync($"/api/candidates/{idNumber}/evidence/e9");
        var removed = await manager.DeleteAsync($"/api/candidates/{idNumber}/evidence/e1");
        var candidate = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}");
        var trail = (await manager.GetFromJsonAsync<JsonElement>($"/api/audit?subject=candidate/{candidate.GetProperty("internalId").GetString()}")).GetProperty("records");

        Assert.Equal(80.5m, (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evidence").GetProperty("hours").GetDecimal());
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NoContent), (unknown.StatusCode, removed.StatusCode));
        Assert.Equal(["evidence.removed", "evidence.edited", "evidence.added"], trail.EnumerateArray().Select(r => r.GetProperty("action").GetString())
            .Where(a => a!.StartsWith("evidence.", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/api/eligibility/reviews?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/eligibility/reviews?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/eligibility/reviews/0123456789abcdef0123456789abcdef/approve", HttpStatusCode.NotFound)]
    [InlineData("/api/eligibility/reviews/..%2F..%2Fx/approve", HttpStatusCode.NotFound)]
    [InlineData("/api/candidates/not-an-id/evidence", HttpStatusCode.NotFound)]
    public async Task Queue_MalformedOrUnknownRequests_AreAnswered4xx(string url, HttpStatusCode status)
    {
        var manager = await ManagerAsync("review.hostile");

        var response = url.EndsWith("/approve", StringComparison.Ordinal) ? await manager.PostAsync(url, null) : await manager.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Queue_ForAProctor_IsForbidden()
    {
        var proctor = await host.StaffAsync("review.proctor", "Proctor");

        Assert.Equal(HttpStatusCode.Forbidden, (await proctor.GetAsync("/api/eligibility/reviews")).StatusCode);
    }

    private async Task<HttpClient> ManagerAsync(string name)
    {
        var manager = await host.StaffAsync(name, "CentreManager");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = Track4, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        return manager;
    }

    private static async Task<string> RegisterAsync(HttpClient manager, string name)
    {
        var idNumber = ApiHost.NewIdNumber();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name, idNumber })).StatusCode);
        return idNumber;
    }

    private static async Task<string?> StatusAsync(HttpClient manager, string idNumber, string track = Track4) =>
        (await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}/evidence")).GetProperty("tracks").EnumerateArray()
            .Single(t => t.GetProperty("trackKey").GetString() == track).GetProperty("status").GetString();

    private async Task<HttpResponseMessage> ScheduleAsync(HttpClient manager, string idNumber)
    {
        var id = "R-" + Guid.NewGuid().ToString("N")[..10];
        return await manager.PostAsJsonAsync("/api/sessions", new
        {
            id, trackKey = Track4, component = "theory", centre = "长治市职业技能鉴定中心", room = "302",
            startsAt = host.Clock.GetUtcNow().AddDays(3), minutes = 90, proctors = new[] { "proctor.li", "proctor.wang" },
            roster = new[] { new { idNumber, seat = 1, ticket = "ZK" + id[2..] + "001" } },
        });
    }
}
