using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary><c>GET /api/candidates</c>: the candidate directory read from the record store, searched, filtered and paged.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidateListApiTests(ApiHost host)
{
    [Fact]
    public async Task List_SearchedByTag_PagesByNameWithTheLatestProfileAndTheTotal_IdNumbersMaskedForTheManager()
    {
        var manager = await host.StaffAsync("list.registrar", "CentreManager");
        var tag = "班" + Guid.NewGuid().ToString("N")[..8];
        var ids = Enumerable.Range(0, 3).Select(_ => ApiHost.NewIdNumber()).ToList();
        string[] names = ["王秀英", "李桂芝", "张丽"];
        for (var i = 0; i < 3; i++)
        {
            var created = await manager.PostAsJsonAsync("/api/candidates", new { name = names[i], idNumber = ids[i], county = "潞州区", tags = new[] { tag } });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await manager.PostAsJsonAsync("/api/candidates", new { name = names[0], idNumber = ids[0], county = "上党区", tags = new[] { tag } });

        var first = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={Uri.EscapeDataString(tag)}&pageSize=2");
        var second = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={Uri.EscapeDataString(tag)}&pageSize=2&page=2");
        var byEnding = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={ids[1][^6..]}");
        var byMiddle = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={ids[1][6..14]}&pageSize=100");

        var listed = first.GetProperty("candidates").EnumerateArray().Concat(second.GetProperty("candidates").EnumerateArray()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), listed.Select(c => c.GetProperty("name").GetString()!));
        Assert.Equal((true, false), (first.GetProperty("hasMore").GetBoolean(), second.GetProperty("hasMore").GetBoolean()));
        Assert.Equal((3, 3), (first.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32()));
        Assert.Equal("上党区", listed.Single(c => c.GetProperty("name").GetString() == names[0]).GetProperty("county").GetString());
        Assert.All(listed, c => Assert.Matches(@"^\d{4}\*{10}[\dX]{4}$", c.GetProperty("idNumber").GetString()!));
        Assert.True(first.GetProperty("idNumbersMasked").GetBoolean());
        Assert.Equal(names[1], Assert.Single(byEnding.GetProperty("candidates").EnumerateArray()).GetProperty("name").GetString());
        Assert.DoesNotContain(byMiddle.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("name").GetString() == names[1]);
    }

    [Fact]
    public async Task List_ForTheAdministrator_ShowsWholeIdNumbers_AndFindsAWholeNumber()
    {
        var admin = await host.AdminAsync();
        var idNumber = ApiHost.NewIdNumber();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/candidates", new { name = "赵敏", idNumber })).StatusCode);

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/candidates?q={idNumber.ToLowerInvariant()}");

        var entry = Assert.Single(page.GetProperty("candidates").EnumerateArray());
        Assert.Equal((idNumber, "registered", false), (entry.GetProperty("idNumber").GetString(), entry.GetProperty("stage").GetString(), page.GetProperty("idNumbersMasked").GetBoolean()));
    }

    [Fact]
    public async Task List_FilteredByTrackAndState_ListsOnlyTheEnrolled()
    {
        var manager = await host.StaffAsync("list.filter", "CentreManager");
        Assert.True((await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 })).IsSuccessStatusCode);
        var tag = "滤" + Guid.NewGuid().ToString("N")[..8];
        var (enrolled, registered) = (ApiHost.NewIdNumber(), ApiHost.NewIdNumber());
        foreach (var (idNumber, name) in new[] { (enrolled, "申报者"), (registered, "登记者") })
        {
            Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name, idNumber, tags = new[] { tag } })).StatusCode);
        }

        var enrolment = await manager.PostAsJsonAsync($"/api/candidates/{enrolled}/enrolments", new
        {
            trackKey = ApiHost.Track5,
            evidence = new object[] { new { id = "work-1", kind = "work", from = "2022-01-01", occupation = "家政服务员", related = true, hours = 0 } },
        });
        Assert.Equal(HttpStatusCode.NoContent, enrolment.StatusCode);

        var onTrack = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={Uri.EscapeDataString(tag)}&track={Uri.EscapeDataString(ApiHost.Track5)}");
        var onlyRegistered = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={Uri.EscapeDataString(tag)}&state=registered");

        var entry = Assert.Single(onTrack.GetProperty("candidates").EnumerateArray());
        Assert.Equal(("申报者", "enrolled"), (entry.GetProperty("name").GetString(), entry.GetProperty("stage").GetString()));
        Assert.Equal("登记者", Assert.Single(onlyRegistered.GetProperty("candidates").EnumerateArray()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=99999999999", "page")]
    [InlineData("state=passed", "state")]
    [InlineData("q=0123456789012345678901234567890123456789012345678901234567890123456789", "q")]
    public async Task List_OutOfRangeParameters_AreA400NamingTheField(string query, string field)
    {
        var manager = await host.StaffAsync("list.registrar2", "CentreManager");

        var response = await manager.GetAsync("/api/candidates?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_AProctor_IsRefused()
    {
        var proctor = await host.StaffAsync("list.proctor", "Proctor");

        Assert.Equal(HttpStatusCode.Forbidden, (await proctor.GetAsync("/api/candidates")).StatusCode);
    }
}
