using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary><c>GET /api/candidates</c>: the candidate list read from the record store, searched and paged.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidateListApiTests(ApiHost host)
{
    [Fact]
    public async Task List_SearchedByTag_PagesByNameWithTheLatestProfile()
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
        var byNumber = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={ids[1][..14]}");

        var listed = first.GetProperty("candidates").EnumerateArray().Concat(second.GetProperty("candidates").EnumerateArray()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), listed.Select(c => c.GetProperty("name").GetString()!));
        Assert.Equal((true, false), (first.GetProperty("hasMore").GetBoolean(), second.GetProperty("hasMore").GetBoolean()));
        Assert.Equal("上党区", listed.Single(c => c.GetProperty("idNumber").GetString() == ids[0]).GetProperty("county").GetString());
        Assert.Contains(byNumber.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("idNumber").GetString() == ids[1]);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=99999999999", "page")]
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
