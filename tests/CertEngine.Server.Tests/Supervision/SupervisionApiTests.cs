using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Supervision;
using CertEngine.Server.Features.Supervision;
using CertEngine.Server.Tests.Api;
using CertEngine.Storage.Records.Supervision;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Supervision;

/// <summary>
/// 督导 over HTTP on a track with 逢考必督: a supervisor named on a sitting sees it and cannot change it; the record is
/// filed as a draft, signed once the sitting is closed, final after; internal or external is an account's attribute.
/// </summary>
public sealed class SupervisionApiTests(SupervisedHost host) : IClassFixture<SupervisedHost>
{
    private static readonly string[] Items = ["identity", "seating", "materials", "timing", "assessor-independence", "irregularities"];

    [Fact]
    public async Task Supervisor_SeesTheSittingReadOnly_FilesItsRecord_AndNothingElse()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 2, 2);
        var other = await ResultsSitting.CreateAsync(host, 1, 1);
        var supervisor = await AssignedSupervisorAsync(host, sitting.Id, "supervisor.li");
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        var external = await (await host.AdminAsync()).PutAsJsonAsync("/api/staff/supervisor.li/external", new { external = true, reason = "人社局派出" });

        var view = await supervisor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}");
        var roster = await supervisor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");
        var start = await supervisor.PostAsync($"/api/sessions/{sitting.Id}/start", null);
        var close = await supervisor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/close", new { reason = "督导试图收卷" });
        var notMine = await supervisor.GetAsync($"/api/sessions/{other.Id}");
        var notMineRecord = await supervisor.PostAsJsonAsync($"/api/sessions/{other.Id}/supervision", Filing(sign: false));
        var signEarly = await supervisor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/supervision", Filing(sign: true));
        var managerFiles = await sitting.Manager.PostAsJsonAsync($"/api/sessions/{sitting.Id}/supervision", Filing(sign: false));
        var proctorReads = await proctor.GetAsync($"/api/sessions/{sitting.Id}/supervision");
        await CloseAsync(host, sitting.Id);
        var missingNote = await supervisor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/supervision", Filing(sign: true, nonConforming: "seating", note: ""));
        var signed = await supervisor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/supervision", Filing(sign: true, nonConforming: "seating", note: "3 号与 4 号座位间距不足"));
        var record = await signed.Content.ReadFromJsonAsync<JsonElement>();
        var again = await supervisor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/supervision", Filing(sign: true));
        var correction = await supervisor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/supervision", Filing(sign: true, corrects: record.GetProperty("recordId").GetString()));
        var supervision = await supervisor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/supervision");
        var trail = await supervisor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/audit");
        var results = await supervisor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/results");
        var mine = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/sittings");

        Assert.Equal(HttpStatusCode.NoContent, external.StatusCode);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("accessCode").ValueKind);
        Assert.Equal(["supervisor.li"], view.GetProperty("supervisors").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2, roster.GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notMineRecord.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, signEarly.StatusCode);
        Assert.Contains(nameof(RefusalCode.SupervisionSittingNotClosed), await signEarly.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, managerFiles.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, proctorReads.StatusCode);
        Assert.Contains(nameof(RefusalCode.SupervisionNonConformingNeedsNote), await missingNote.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        Assert.True(record.GetProperty("external").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains(nameof(RefusalCode.SupervisionAlreadySigned), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, correction.StatusCode);
        Assert.True(supervision.GetProperty("signed").GetBoolean());
        Assert.True(supervision.GetProperty("required").GetBoolean());
        Assert.Equal(2, supervision.GetProperty("records").GetArrayLength());
        Assert.Equal(Items, supervision.GetProperty("checklist").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var actions = trail.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ToList();
        Assert.Contains("supervision.signed", actions);
        Assert.Contains("supervision.corrected", actions);
        Assert.Contains("session.supervisors-assigned", actions);
        Assert.All(results.GetProperty("lines").EnumerateArray(), l => Assert.Contains("*", l.GetProperty("idNumber").GetString()));
        var listed = Assert.Single(mine.EnumerateArray());
        Assert.Equal(sitting.Id, listed.GetProperty("sitting").GetProperty("id").GetString());
        Assert.True(listed.GetProperty("signed").GetBoolean());
    }

    [Fact]
    public async Task StaffAccount_CreatedWithoutTheAttribute_IsInternal_AndCanBeMarkedExternal()
    {
        var admin = await host.AdminAsync();
        await host.StaffAsync("old.supervisor", "Supervisor");

        var before = (await admin.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray().Single(a => a.GetProperty("userName").GetString() == "old.supervisor");
        var marked = await admin.PutAsJsonAsync("/api/staff/old.supervisor/external", new { external = true, reason = "外部督导" });
        var after = (await admin.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray().Single(a => a.GetProperty("userName").GetString() == "old.supervisor");

        Assert.False(before.GetProperty("external").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        Assert.True(after.GetProperty("external").GetBoolean());
        Assert.Equal(["Supervisor"], after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Desk_AnotherSilosSignatureLandsFirst_TheStoreRefusesOurs_AndTheDeskAnswersAlreadySigned()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await AssignedSupervisorAsync(host, sitting.Id, "supervisor.race");
        await CloseAsync(host, sitting.Id);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var stored = host.Services.GetRequiredService<ISupervisionRecords>();
        // The other silo signs after this desk read the sitting (no signature yet) and before it appends.
        var raced = new RivalSignsFirst(stored);
        using var desk = new SupervisionDesk(grains, raced, host.Services.GetRequiredService<SupervisionChecklistSource>(), TimeProvider.System);
        var session = (await grains.GetGrain<IExamSessionGrain>(sitting.Id).GetAsync())!;
        var filing = new SupervisionFiling(Items.Select(i => new SupervisionEntry(i, SupervisionAnswer.Conforms, "")).ToList(), "", Sign: true, Corrects: null);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "supervisor.race")], "test"));

        var outcome = await desk.FileAsync(session, filing, user, CancellationToken.None);

        var refused = Assert.IsType<FilingOutcome.Refused>(outcome);
        Assert.Equal(RefusalCode.SupervisionAlreadySigned, refused.Reply.Reason?.Code);
        var kept = Assert.Single(await stored.ForSittingAsync(sitting.Id, 10));
        Assert.Equal("rival", kept.Supervisor);
    }

    // A record store where, just before each append, another silo's supervisor signs the same sitting first.
    private sealed class RivalSignsFirst(ISupervisionRecords inner) : ISupervisionRecords
    {
        public async Task<bool> AppendAsync(SupervisionRecordRow record, CancellationToken cancellationToken = default)
        {
            await inner.AppendAsync(record with { RecordId = Guid.NewGuid().ToString("N"), Supervisor = "rival", SupervisorName = "另一位督导" }, cancellationToken);
            return await inner.AppendAsync(record, cancellationToken);
        }

        public Task<IReadOnlyList<SupervisionRecordRow>> ForSittingAsync(string sessionId, int take, CancellationToken cancellationToken = default) =>
            inner.ForSittingAsync(sessionId, take, cancellationToken);

        public Task<IReadOnlySet<string>> SignedAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken = default) =>
            inner.SignedAsync(sessionIds, cancellationToken);
    }

    internal static object Filing(bool sign, string? open = null, string? nonConforming = null, string note = "", string? corrects = null) => new
    {
        answers = Items.Where(i => i != open).Select(i => new { item = i, answer = i == nonConforming ? "nonconforming" : "conforms", note = i == nonConforming ? note : "" }).ToArray(),
        notes = "考场秩序良好",
        sign,
        corrects,
    };

    internal static Task<HttpResponseMessage> PublishRangeAsync(ResultsSitting sitting)
    {
        var today = sitting.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return sitting.Manager.PostAsJsonAsync("/api/publicity/range", new { track = ApiHost.Track5, from = today, to = today });
    }

    internal static async Task<HttpClient> AssignedSupervisorAsync(ApiHost host, string sessionId, string userName)
    {
        var supervisor = await host.StaffAsync(userName, "Supervisor");
        var manager = await host.StaffAsync("results.manager", "CentreManager");
        var assigned = await manager.PutAsJsonAsync($"/api/sessions/{sessionId}/supervisors", new { supervisors = new[] { userName }, reason = "逢考必督" });
        Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        return supervisor;
    }

    internal static async Task CloseAsync(ApiHost host, string sessionId)
    {
        var proctor = await host.StaffAsync("proctor.li", "Proctor");
        Assert.Equal(HttpStatusCode.NoContent, (await proctor.PostAsync($"/api/sessions/{sessionId}/start", null)).StatusCode);
        var closed = await proctor.PostAsJsonAsync($"/api/sessions/{sessionId}/close", new { reason = "考试结束" });
        Assert.True(closed.StatusCode == HttpStatusCode.NoContent, await closed.Content.ReadAsStringAsync());
    }
}
