using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace CertEngine.Server.Tests.Api;

/// <summary>The server on a copy of the banks in which 养老护理员 (4-10-01-05) has its first published version.</summary>
public sealed class ElderCareHost : ApiHost
{
    private readonly string _banks = Path.Combine(Path.GetTempPath(), "certengine-eldercare-" + Guid.NewGuid().ToString("N")[..8]);

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.UseSetting("CertEngine:BankRoot", PublishedBankCopy.Create(_banks, "4-10-01-05"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_banks))
        {
            Directory.Delete(_banks, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ElderCareCollection : ICollectionFixture<ElderCareHost>
{
    public const string Name = "elder-care";
}

/// <summary>A second occupation in the track catalogue: its tracks file and published bank give its tracks on the API and /admin/tracks.</summary>
[Collection(ElderCareCollection.Name)]
public sealed class ElderCareCatalogueTests(ElderCareHost host)
{
    private const string Five = "4-10-01-05/5";

    [Fact]
    public async Task Catalogue_ElderCareBankPublished_ListsEveryLevelBeforeTheHouseholdTracks_AndLevelFiveAsTheDataDefinesIt()
    {
        var manager = await host.StaffAsync("eldercare.manager", "CentreManager");

        var catalogue = await manager.GetFromJsonAsync<JsonElement>("/api/tracks/catalogue");

        Assert.Equal(0, catalogue.GetProperty("problems").GetArrayLength());
        // The occupations come in the order of their codes: 育婴员 (4-10-01-02) and others before 养老护理员.
        var tracks = catalogue.GetProperty("tracks").EnumerateArray()
            .SkipWhile(t => !t.GetProperty("key").GetString()!.StartsWith("4-10-01-05/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["4-10-01-05/5", "4-10-01-05/4", "4-10-01-05/3", "4-10-01-05/2", "4-10-01-05/1", "4-10-01-06/家务服务员/5"],
            tracks.Take(6).Select(t => t.GetProperty("key").GetString()));
        var five = tracks[0];
        Assert.Equal(("养老护理员五级/初级工", "4-10-01-05", 5), (five.GetProperty("title").GetString(), five.GetProperty("occupationCode").GetString(), five.GetProperty("level").GetInt32()));
        Assert.False(five.TryGetProperty("workType", out var workType) && workType.ValueKind == JsonValueKind.String);
        Assert.False(five.TryGetProperty("problem", out var problem) && problem.ValueKind == JsonValueKind.String, five.ToString());
        Assert.Equal([1, 2, 3], five.GetProperty("publishedVersions").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(["theory:90:60", "practical:90:60"], five.GetProperty("components").EnumerateArray()
            .Select(c => $"{c.GetProperty("component").GetString()}:{c.GetProperty("minutes").GetInt32()}:{c.GetProperty("passMark").GetDecimal()}"));
        var eligibility = five.GetProperty("eligibility");
        Assert.Equal("4-10-01-05/5", eligibility.GetProperty("id").GetString());
        Assert.Equal([("5-work", true), ("5-apprentice", true)], eligibility.GetProperty("conditions").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetString(), c.GetProperty("unconfirmed").GetBoolean())));
        var staffing = five.GetProperty("staffing");
        Assert.Equal((2, 15, 3, 5, true), (staffing.GetProperty("minimumProctors").GetInt32(), staffing.GetProperty("candidatesPerProctor").GetInt32(),
            staffing.GetProperty("minimumAssessors").GetInt32(), staffing.GetProperty("candidatesPerAssessor").GetInt32(), staffing.GetProperty("oddAssessors").GetBoolean()));
    }

    [Fact]
    public async Task TracksPage_ElderCareBankPublished_ShowsTheTrack_AndItOpensOnVersionOne()
    {
        var manager = await host.StaffAsync("eldercare.opener", "CentreManager");

        var page = await (await manager.GetAsync("/admin/tracks")).Content.ReadAsStringAsync();
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = Five, bankVersion = 1 });

        Assert.Contains(Five, page);
        Assert.Contains("养老护理员五级/初级工", page);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(1, (await manager.GetFromJsonAsync<JsonElement>("/api/tracks?key=" + Uri.EscapeDataString(Five))).GetProperty("bankVersion").GetInt32());
    }
}
