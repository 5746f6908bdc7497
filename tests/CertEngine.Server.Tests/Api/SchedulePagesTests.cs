using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Features.Results;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

/// <summary>The track catalogue read, the tracks page (open a track) and the sittings page (schedule one), end to end.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class SchedulePagesTests(ApiHost host)
{
    public static TheoryData<string> Pages => new() { "/admin/tracks", "/admin/sessions" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_EachKindOfCaller_GetsItsCell(string path)
    {
        var callers = new List<(string Role, HttpClient Client, string Expected)>
        {
            ("anonymous", host.NewClient(), "sign-in"),
            ("Admin", await host.AdminAsync(), "200"),
            ("CentreManager", await host.StaffAsync("schedule.manager", "CentreManager"), "200"),
            ("Proctor", await host.StaffAsync("schedule.proctor", "Proctor"), "403"),
            ("Assessor", await host.StaffAsync("schedule.assessor", "Assessor"), "403"),
        };

        foreach (var (role, client, expected) in callers)
        {
            var response = await client.GetAsync(path);

            var cell = response.StatusCode switch
            {
                HttpStatusCode.OK => "200",
                HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/sign-in", StringComparison.Ordinal) => "sign-in",
                HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/denied", StringComparison.Ordinal) => "403",
                _ => ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            Assert.True(expected == cell, $"{role} GET {path}: expected {expected}, got {cell}");
        }
    }

    [Fact]
    public async Task Catalogue_EveryTrackTheDataDefines_InTheBanksOrderWithVersionsComponentsEligibilityAndStaffing()
    {
        var assessor = await host.StaffAsync("schedule.assessor", "Assessor");

        var catalogue = await assessor.GetFromJsonAsync<JsonElement>("/api/tracks/catalogue");

        var tracks = catalogue.GetProperty("tracks").EnumerateArray().ToList();
        string[] levels = ["5", "4", "3"];
        string[] workTypes = ["家务服务员", "母婴护理员", "家庭照护员"];
        Assert.Equal(
            new[] { 5, 4, 3 }.Select(level => $"4-10-01-02/{level}")
                .Concat(new[] { 5, 4, 3, 2, 1 }.Select(level => $"4-10-01-03/{level}"))
                .Concat(new[] { 5, 4, 3, 2, 1 }.Select(level => $"4-10-01-05/{level}"))
                .Concat(levels.SelectMany(level => workTypes.Select(w => $"4-10-01-06/{w}/{level}"))).Append("4-10-01-06/2").Append("专项/ZX-JTBJ").Append("专项/ZX-MYHL").Append("专项/ZX-YLSH").Append("专项/ZX-ZLSN"),
            tracks.Select(t => t.GetProperty("key").GetString()));
        Assert.Empty(catalogue.GetProperty("problems").EnumerateArray());
        Assert.Contains(catalogue.GetProperty("codes").EnumerateArray(), c => c.GetProperty("code").GetString() == "4-10-01-05" && c.GetProperty("hasRules").GetBoolean());
        var specialty = tracks.Single(t => t.GetProperty("key").GetString() == "专项/ZX-MYHL");
        Assert.True(specialty.GetProperty("specialty").GetBoolean());
        Assert.Equal(CertEngine.TestSupport.RepositoryPaths.ShippedVersions("ZX-MYHL"), specialty.GetProperty("publishedVersions").EnumerateArray().Select(v => v.GetInt32()));
        var five = tracks.Single(t => t.GetProperty("key").GetString() == "4-10-01-06/家务服务员/5");
        Assert.Equal(["theory:90:60", "practical:90:60"], five.GetProperty("components").EnumerateArray()
            .Select(c => $"{c.GetProperty("component").GetString()}:{c.GetProperty("minutes").GetInt32()}:{c.GetProperty("passMark").GetDecimal()}"));
        Assert.Equal("4-10-01-06/5", five.GetProperty("eligibility").GetProperty("id").GetString());
        Assert.Equal(["5-work", "5-apprentice"], five.GetProperty("eligibility").GetProperty("conditions").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var staffing = five.GetProperty("staffing");
        Assert.Equal((2, 15, 3, 5, true), (staffing.GetProperty("minimumProctors").GetInt32(), staffing.GetProperty("candidatesPerProctor").GetInt32(),
            staffing.GetProperty("minimumAssessors").GetInt32(), staffing.GetProperty("candidatesPerAssessor").GetInt32(), staffing.GetProperty("oddAssessors").GetBoolean()));
    }

    [Fact]
    public async Task Catalogue_OpenedTrack_ShowsTheVersionItIsOpenedOn()
    {
        var manager = await host.StaffAsync("schedule.manager", "CentreManager");
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 })).StatusCode);

        var catalogue = await manager.GetFromJsonAsync<JsonElement>("/api/tracks/catalogue");

        var track = catalogue.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("key").GetString() == ApiHost.Track5);
        Assert.Equal(1, track.GetProperty("openedVersion").GetInt32());
        Assert.Equal(1, track.GetProperty("shownVersion").GetInt32());
    }

    [Fact]
    public async Task TracksPage_Open_OpensTheTrackOnTheChosenVersion()
    {
        var manager = await host.StaffAsync("schedule.manager", "CentreManager");

        var response = await manager.PostAsync("/admin/tracks?handler=Open", Form(await TokenAsync(manager, "/admin/tracks"), ("key", "专项/ZX-MYHL"), ("version", "1")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("已开通 专项/ZX-MYHL，使用题库第 1 版", html);
        Assert.DoesNotContain("opened on bank version", html);
        Assert.Equal(1, (await manager.GetFromJsonAsync<JsonElement>("/api/tracks?key=" + Uri.EscapeDataString("专项/ZX-MYHL"))).GetProperty("bankVersion").GetInt32());
    }

    [Fact]
    public async Task TracksPage_UnpublishedVersion_ShowsTheTrackGrainsRefusal()
    {
        var manager = await host.StaffAsync("schedule.manager", "CentreManager");

        var response = await manager.PostAsync("/admin/tracks?handler=Open", Form(await TokenAsync(manager, "/admin/tracks"), ("key", "4-10-01-06/家庭照护员/4"), ("version", "99")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("题库 4-10-01-06 第 99 版未发布", html);
        Assert.DoesNotContain("version 99 is not published", html);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/tracks?key=" + Uri.EscapeDataString("4-10-01-06/家庭照护员/4"))).StatusCode);
    }

    [Fact]
    public async Task SessionsPage_Schedule_RedirectsAndListsTheSittingWithGeneratedTickets()
    {
        var (manager, ids) = await EnrolledAsync(2);
        var id = "PG-" + Guid.NewGuid().ToString("N")[..8];

        var response = await manager.PostAsync("/admin/sessions", Form(await TokenAsync(manager, "/admin/sessions?track=" + Uri.EscapeDataString(ApiHost.Track5)),
            ("Id", id), ("Track", ApiHost.Track5), ("Component", "theory"), ("Centre", "长治市职业技能鉴定中心"), ("Room", "305"), ("Capacity", "40"), ("StartsAt", "2026-11-24T08:30"),
            ("Minutes", ""), ("Proctors", "schedule.proctor"), ("Proctors", "schedule.proctor2"), ("Roster", Key(ids[1])), ("Pasted", ids[0] + "\n")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await manager.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains($"已安排场次 {id}", html);
        Assert.Matches($"<tr data-id=\"{id}\">\\s*<td><a href=\"/proctor/{id}\">{id}</a></td>", html);
        var sitting = await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}");
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.FromHours(8)), sitting.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(90, sitting.GetProperty("minutes").GetInt32());
        var roster = await manager.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}/roster");
        Assert.Equal([$"1:{id}-001", $"2:{id}-002"], roster.EnumerateArray().Select(r => $"{r.GetProperty("seat").GetInt32()}:{r.GetProperty("ticket").GetString()}"));
        var plan = (await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IExamSessionGrain>(id).GetAsync())!.Plan;
        Assert.Equal([ids[1], ids[0]], plan.Roster.Select(r => r.IdNumber));
    }

    [Fact]
    public async Task SessionsPage_TooFewProctors_ShowsTheRefusalAndKeepsWhatWasTyped()
    {
        var (manager, ids) = await EnrolledAsync(1);
        var id = "PG-" + Guid.NewGuid().ToString("N")[..8];

        var response = await manager.PostAsync("/admin/sessions", Form(await TokenAsync(manager, "/admin/sessions"),
            ("Id", id), ("Track", ApiHost.Track5), ("Component", "theory"), ("Centre", "长治市职业技能鉴定中心"), ("Room", "考场九"), ("Capacity", "40"), ("StartsAt", "2026-11-24T08:30"),
            ("Minutes", "95"), ("Proctors", "schedule.proctor"), ("Roster", Key(ids[0]))));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("监考人员不足：每 15 名考生至少 1 名监考人员，每个考场不少于 2 名；本场 1 名考生需 2 名监考人员，现有 1 名", html);
        Assert.Contains("value=\"考场九\"", html);
        Assert.Contains("value=\"95\"", html);
        Assert.Matches($"value=\"schedule.proctor\" checked=\"checked\"", html);
        Assert.Matches($"value=\"{Key(ids[0])}\" checked=\"checked\"", html);
        Assert.DoesNotMatch($"=\"[^\"]*{ids[0]}", html);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/sessions/{id}")).StatusCode);
    }

    [Fact]
    public async Task SessionsPage_PastedLineWithABadIdNumber_NamesTheLineAndSchedulesNothing()
    {
        var (manager, ids) = await EnrolledAsync(1);
        var id = "PG-" + Guid.NewGuid().ToString("N")[..8];

        var response = await manager.PostAsync("/admin/sessions", Form(await TokenAsync(manager, "/admin/sessions"),
            ("Id", id), ("Track", ApiHost.Track5), ("Component", "theory"), ("Centre", "长治"), ("Room", "1"), ("Capacity", "40"), ("StartsAt", "2026-11-24T08:30"),
            ("Proctors", "schedule.proctor"), ("Proctors", "schedule.proctor2"), ("Pasted", ids[0] + "\n140402199001011234 ZK-1\n")));

        Assert.Contains("第 2 行：身份证号 140402199001011234 不正确", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/sessions/{id}")).StatusCode);
    }

    [Fact]
    public async Task SessionsPage_TrackNotOpened_IsRefusedAndNoOtherTrackIsUsed()
    {
        var (manager, ids) = await EnrolledAsync(1);
        var id = "PG-" + Guid.NewGuid().ToString("N")[..8];

        var response = await manager.PostAsync("/admin/sessions", Form(await TokenAsync(manager, "/admin/sessions"),
            ("Id", id), ("Track", "4-10-01-06/家庭照护员/3"), ("Component", "theory"), ("Centre", "长治"), ("Room", "1"), ("Capacity", "40"), ("StartsAt", "2026-11-24T08:30"),
            ("Proctors", "schedule.proctor"), ("Proctors", "schedule.proctor2"), ("Roster", Key(ids[0]))));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请选择已开通的认定项目", html);
        Assert.DoesNotContain("choose an opened track", html);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/sessions/{id}")).StatusCode);
    }

    [Fact]
    public async Task SessionsPage_PostWithoutAntiforgeryToken_IsRefused()
    {
        var manager = await host.StaffAsync("schedule.manager", "CentreManager");

        var response = await manager.PostAsync("/admin/sessions", Form(null, ("Id", "x"), ("Track", ApiHost.Track5)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // A manager, two proctors, the track opened, and candidates registered and enrolled on it.
    private async Task<(HttpClient Manager, List<string> IdNumbers)> EnrolledAsync(int count)
    {
        var manager = await host.StaffAsync("schedule.manager", "CentreManager");
        await host.StaffAsync("schedule.proctor", "Proctor");
        await host.StaffAsync("schedule.proctor2", "Proctor");
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 })).StatusCode);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var idNumber = ApiHost.NewIdNumber();
            Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name = $"排考{i}", idNumber, county = "潞州区" })).StatusCode);
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

    private static FormUrlEncodedContent Form(string? token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Concat(token is null ? [] : [new KeyValuePair<string, string>("__RequestVerificationToken", token)]));

    private static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return AntiforgeryField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"no anti-forgery token on {path}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    // The roster's boxes carry the candidates' row keys, never their ID numbers.
    private string Key(string idNumber) => host.Services.GetRequiredService<CandidateRowKeys>().Of(idNumber);
}
