using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts;

namespace CertEngine.Server.Tests.Api;

/// <summary>发证 over HTTP: who is ready and why the others are not, issuing a batch with each outcome, and its bounds.</summary>
[Collection(ApiCollection.Name)]
public sealed class CertificateIssuanceApiTests(ApiHost host)
{
    [Fact]
    public async Task Readiness_ReadyNotYetAndVoid_EachSaysWhyInWords()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 3, 3);
        await sitting.RecordAsync(0, ExamComponent.Theory, 82m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 75m);
        await sitting.RecordAsync(1, ExamComponent.Theory, 90m);
        await sitting.RecordAsync(2, ExamComponent.Theory, 70m, voided: true);

        var lines = await ReadinessAsync(sitting);

        Assert.Equal("issued", lines[sitting.IdNumbers[0]].GetProperty("state").GetString());
        Assert.True(lines[sitting.IdNumbers[0]].GetProperty("ready").GetBoolean());
        Assert.Equal("not-ready", lines[sitting.IdNumbers[1]].GetProperty("state").GetString());
        Assert.StartsWith("尚不能发证 (", lines[sitting.IdNumbers[1]].GetProperty("words").GetString());
        Assert.Equal("尚不能发证 (no certificate yet): 尚未考核：操作技能考核 (not yet sat: practical assessment)", lines[sitting.IdNumbers[1]].GetProperty("words").GetString());
        Assert.Contains("成绩无效", lines[sitting.IdNumbers[2]].GetProperty("words").GetString());
        Assert.Equal(sitting.Names[0], lines[sitting.IdNumbers[0]].GetProperty("name").GetString());
    }

    [Fact]
    public async Task IssueBatch_ReadyAndNotReady_IssuesOneReportsTheOther_AndIssuesOnceOnly()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 2, 2);
        await sitting.RecordAsync(0, ExamComponent.Theory, 82m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 75m);
        await sitting.RecordAsync(1, ExamComponent.Theory, 50m);

        var first = await IssueAsync(sitting.Manager, sitting.IdNumbers);
        var again = await IssueAsync(sitting.Manager, [sitting.IdNumbers[0]]);
        var after = await ReadinessAsync(sitting);

        Assert.Equal(["issued", "not-ready"], first.Select(l => l.GetProperty("outcome").GetString()));
        var number = first[0].GetProperty("number").GetString();
        Assert.False(string.IsNullOrEmpty(number));
        Assert.Contains("尚不能发证", first[1].GetProperty("words").GetString());
        Assert.Equal(("already-issued", number), (again[0].GetProperty("outcome").GetString(), again[0].GetProperty("number").GetString()));
        Assert.Equal(("already-issued", number, "valid"),
            (after[sitting.IdNumbers[0]].GetProperty("state").GetString(), after[sitting.IdNumbers[0]].GetProperty("number").GetString(),
             after[sitting.IdNumbers[0]].GetProperty("certificateStatus").GetString()));
    }

    [Theory]
    [InlineData("""{"track":"4-10-01-06/家务服务员/5","idNumbers":[]}""", "idNumbers")]
    [InlineData("""{"track":"4-10-01-06/家务服务员/5","idNumbers":["123"]}""", "idNumbers")]
    [InlineData("""{"track":"","idNumbers":["140402198001010011"]}""", "Track")]
    public async Task IssueBatch_MalformedRequest_Answers400AndIssuesNothing(string body, string field)
    {
        var manager = await host.StaffAsync("results.manager", "CentreManager");

        var response = await manager.PostAsync("/api/certificates/issue-batch", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task IssueBatch_MoreThanTheBound_Answers400()
    {
        var manager = await host.StaffAsync("results.manager", "CentreManager");
        var ids = Enumerable.Range(0, 51).Select(_ => ApiHost.NewIdNumber()).ToArray();

        var response = await manager.PostAsJsonAsync("/api/certificates/issue-batch", new { track = ApiHost.Track5, idNumbers = ids });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task IssueBatch_Proctor_IsForbidden()
    {
        var proctor = await host.StaffAsync("proctor.li", "Proctor");

        var response = await proctor.PostAsJsonAsync("/api/certificates/issue-batch", new { track = ApiHost.Track5, idNumbers = new[] { ApiHost.NewIdNumber() } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_TrackNotOpened_Answers404()
    {
        var manager = await host.StaffAsync("results.manager", "CentreManager");

        var response = await manager.GetAsync("/api/certificates/readiness?track=" + Uri.EscapeDataString("4-10-01-06/家务服务员/1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static async Task<Dictionary<string, JsonElement>> ReadinessAsync(ResultsSitting sitting)
    {
        var lines = new Dictionary<string, JsonElement>();
        for (var page = 1; ; page++)
        {
            var board = await sitting.Manager.GetFromJsonAsync<JsonElement>($"/api/certificates/readiness?track={Uri.EscapeDataString(ApiHost.Track5)}&page={page}");
            foreach (var line in board.GetProperty("lines").EnumerateArray())
            {
                lines[line.GetProperty("idNumber").GetString()!] = line;
            }

            if (page >= board.GetProperty("pages").GetInt32())
            {
                return lines;
            }
        }
    }

    internal static async Task<List<JsonElement>> IssueAsync(HttpClient manager, IReadOnlyList<string> idNumbers)
    {
        var response = await manager.PostAsJsonAsync("/api/certificates/issue-batch", new { track = ApiHost.Track5, idNumbers });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }
}
