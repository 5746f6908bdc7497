using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Track rules edited through the API: checked with problems by file and line and a preview beside the current tracks,
/// published as the next version (201) or refused whole (409), listed and read back, and adopted by a track; the
/// catalogue shows each track's pinned and newest rules version. The texts here change only 三级 theory, which no other
/// test of this host sits, so a track any other test opens meanwhile builds as before.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TrackRulesApiTests(ApiHost host)
{
    private const string Household = "4-10-01-06";
    private const string Rules = "/api/tracks/rules/" + Household;
    private const string Level3Track = "4-10-01-06/母婴护理员/3";

    private static readonly string Shipped = File.ReadAllText(Path.Combine(Cli.BankCommandsTests.RepositoryRoot(), "tracks", Household + ".yaml"));

    [Fact]
    public async Task Validate_TheoryBelowTheStandard_NamesFileAndLineAndPublishesNothing()
    {
        var manager = await host.StaffAsync("rules.manager", "CentreManager");
        var text = Level3Theory(60);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("minutes: 60", StringComparison.Ordinal)) + 1;
        var before = await NewestAsync(manager);

        var response = await manager.PostAsJsonAsync(Rules + "/validate", new { yaml = text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(preview.GetProperty("valid").GetBoolean());
        Assert.Equal(3, preview.GetProperty("problems").GetArrayLength());
        Assert.All(preview.GetProperty("problems").EnumerateArray(), p =>
            Assert.Equal(("tracks/4-10-01-06.yaml", line, "error"), (p.GetProperty("file").GetString(), p.GetProperty("line").GetInt32(), p.GetProperty("severity").GetString())));
        Assert.Empty(preview.GetProperty("tracks").EnumerateArray());
        Assert.Equal(before, await NewestAsync(manager));
    }

    [Fact]
    public async Task ValidateAndPublish_YamlNestedThirtyThousandDeep_NameTheLineAndTheServerStaysUp()
    {
        var manager = await host.StaffAsync("rules.manager", "CentreManager");
        var text = "occupation: " + new string('[', 30_000) + new string(']', 30_000) + "\n";

        var validate = await manager.PostAsJsonAsync(Rules + "/validate", new { yaml = text });
        var publish = await manager.PostAsJsonAsync(Rules, new { yaml = text, note = "嵌套" });
        var after = await manager.GetAsync(Rules);

        Assert.Equal(HttpStatusCode.OK, validate.StatusCode);
        var preview = await validate.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(preview.GetProperty("valid").GetBoolean());
        var problem = preview.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("rule").GetString() == "yaml-limit");
        Assert.Equal(("tracks/4-10-01-06.yaml", 1), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Contains("yaml-limit", await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Validate_LongerTheory_PreviewsTheTracksBesideTheCurrentOnes()
    {
        var manager = await host.StaffAsync("rules.manager", "CentreManager");

        var preview = await (await manager.PostAsJsonAsync(Rules + "/validate", new { yaml = Level3Theory(120) })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(preview.GetProperty("valid").GetBoolean());
        Assert.Equal(CertEngine.TestSupport.RepositoryPaths.ShippedVersions("4-10-01-06")[^1], preview.GetProperty("bankVersion").GetInt32());
        var after = preview.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("key").GetString() == Level3Track);
        var now = preview.GetProperty("current").EnumerateArray().Single(t => t.GetProperty("key").GetString() == Level3Track);
        Assert.Equal(("theory", 120), (Component(after, 0).GetProperty("component").GetString(), Component(after, 0).GetProperty("minutes").GetInt32()));
        Assert.Equal(("practical", "mean", "taskScoresZero"), (Component(after, 1).GetProperty("component").GetString(),
            Component(after, 1).GetProperty("aggregation").GetString(), Component(after, 1).GetProperty("veto").GetString()));
        Assert.Equal("4-10-01-06/3", after.GetProperty("eligibility").GetProperty("id").GetString());
        Assert.Equal(2, after.GetProperty("staffing").GetProperty("minimumProctors").GetInt32());
        Assert.True(Component(now, 0).GetProperty("minutes").GetInt32() < 120);
        Assert.Equal(90, Theory(preview, "4-10-01-06/家务服务员/5"));
    }

    [Fact]
    public async Task Publish_CleanText_Is201WithTheNextVersion_ListedAndReadBack()
    {
        var manager = await host.StaffAsync("rules.manager", "CentreManager");
        var proctor = await host.StaffAsync("rules.proctor", "Proctor");
        var next = await NewestAsync(manager) + 1;
        var text = Level3Theory(95, $"   # {Guid.NewGuid():N}");

        var response = await manager.PostAsJsonAsync(Rules, new { yaml = text, note = "三级理论延长到95分钟" });
        var view = await proctor.GetFromJsonAsync<JsonElement>(Rules);
        var stored = await proctor.GetFromJsonAsync<JsonElement>($"{Rules}/versions/{next}");
        var shipped = await proctor.GetFromJsonAsync<JsonElement>($"{Rules}/versions/0");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"{Rules}/versions/{next}", response.Headers.Location?.OriginalString);
        var version = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((next, "rules.manager", "三级理论延长到95分钟"),
            (version.GetProperty("version").GetInt32(), version.GetProperty("publishedBy").GetString(), version.GetProperty("note").GetString()));
        Assert.Equal((next, next + 1, text, "web"), (view.GetProperty("newestVersion").GetInt32(), view.GetProperty("nextVersion").GetInt32(),
            view.GetProperty("text").GetString(), view.GetProperty("textSource").GetString()));
        Assert.Equal(Enumerable.Range(0, next + 1), view.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(text, stored.GetProperty("yaml").GetString());
        Assert.Equal(Shipped, shipped.GetProperty("yaml").GetString());
    }

    [Fact]
    public async Task Publish_WithProblemsOrWithoutNote_IsRefusedAndKeepsNothing()
    {
        var manager = await host.StaffAsync("rules.manager", "CentreManager");
        var before = await NewestAsync(manager);

        var broken = await manager.PostAsJsonAsync(Rules, new { yaml = Shipped.Replace("work-years: 1", "work-years: one", StringComparison.Ordinal), note = "试试" });
        var noNote = await manager.PostAsJsonAsync(Rules, new { yaml = Level3Theory(100) });
        var huge = await manager.PostAsJsonAsync(Rules + "/validate", new { yaml = new string('#', 70_000) });
        var unknown = await manager.GetAsync("/api/tracks/rules/defaults");

        Assert.Equal(HttpStatusCode.Conflict, broken.StatusCode);
        var problem = (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Single();
        Assert.Equal("tracks/4-10-01-06.yaml", problem.GetProperty("file").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("note", await noNote.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(before, await NewestAsync(manager));
    }

    [Fact]
    public async Task Catalogue_ShowsPinnedAndNewestRules_AndAdoptMovesTheTrack()
    {
        var manager = await host.StaffAsync("rules.manager", "CentreManager");
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/tracks/open", new { key = Level3Track, bankVersion = 1 })).StatusCode);
        var pinned = (await manager.GetFromJsonAsync<JsonElement>("/api/tracks?key=" + Uri.EscapeDataString(Level3Track))).GetProperty("rulesVersion").GetInt32();
        var published = await manager.PostAsJsonAsync(Rules, new { yaml = Level3Theory(105, $"   # {Guid.NewGuid():N}"), note = "三级理论105分钟" });
        var newest = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

        var before = Track(await manager.GetFromJsonAsync<JsonElement>("/api/tracks/catalogue"));
        var adopted = await manager.PostAsJsonAsync("/api/tracks/adopt-rules", new { key = Level3Track, version = newest });
        var missing = await manager.PostAsJsonAsync("/api/tracks/adopt-rules", new { key = Level3Track, version = 999 });
        var catalogue = await manager.GetFromJsonAsync<JsonElement>("/api/tracks/catalogue");
        var after = Track(catalogue);

        Assert.Equal((pinned, newest, pinned), (before.GetProperty("rulesVersion").GetInt32(), before.GetProperty("newestRulesVersion").GetInt32(),
            before.GetProperty("shownRulesVersion").GetInt32()));
        Assert.NotEqual(105, Component(before, 0).GetProperty("minutes").GetInt32());
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        Assert.Equal(newest, (await adopted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rulesVersion").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, missing.StatusCode);
        Assert.Contains("没有第 999 版认定规则", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((newest, newest, 105), (after.GetProperty("rulesVersion").GetInt32(), after.GetProperty("newestRulesVersion").GetInt32(),
            Component(after, 0).GetProperty("minutes").GetInt32()));
        var code = catalogue.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("code").GetString() == Household);
        Assert.Equal((newest, true, "家政服务员"), (code.GetProperty("newestRulesVersion").GetInt32(), code.GetProperty("hasRules").GetBoolean(), code.GetProperty("name").GetString()));
    }

    private static string Level3Theory(int minutes, string comment = "")
    {
        Assert.Contains("components:\n  2:\n", Shipped, StringComparison.Ordinal);
        return Shipped.Replace("components:\n  2:\n", $"components:\n  3:\n    theory: {{ minutes: {minutes} }}{comment}\n  2:\n", StringComparison.Ordinal);
    }

    private static async Task<int> NewestAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(Rules)).GetProperty("newestVersion").GetInt32();

    private static JsonElement Track(JsonElement catalogue) =>
        catalogue.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("key").GetString() == Level3Track);

    private static JsonElement Component(JsonElement track, int index) => track.GetProperty("components")[index];

    private static int Theory(JsonElement preview, string key) =>
        Component(preview.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("key").GetString() == key), 0).GetProperty("minutes").GetInt32();
}
