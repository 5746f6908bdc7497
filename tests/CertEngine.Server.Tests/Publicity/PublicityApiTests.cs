using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Publicity;

/// <summary>
/// 成绩公示 over HTTP on the shipped tracks: publishing, the public view (masked), objections, and the issuance gate on the
/// one path every issuance takes (the track grain), seen through 发证 (readiness and issue-batch) and <c>POST /api/tracks/issue</c>.
/// </summary>
public sealed class PublicityApiTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task View_PublicPageAndJson_ShowOnlyMaskedNamesAndIdNumbers_WithScoresAndResults()
    {
        var sitting = await PassedAsync(2, failSecond: true);
        var id = (await PublishRangeAsync(sitting)).GetProperty("publicityId").GetString()!;
        var anonymous = host.NewClient();

        var json = await anonymous.GetStringAsync($"/api/publicity/{id}");
        var page = await anonymous.GetStringAsync($"/results/{id}");
        var view = JsonDocument.Parse(json).RootElement;
        var lines = view.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("ticket").GetString()!);

        foreach (var (idNumber, name) in sitting.IdNumbers.Zip(sitting.Names))
        {
            Assert.DoesNotContain(idNumber, json, StringComparison.Ordinal);
            Assert.DoesNotContain(name, json, StringComparison.Ordinal);
            Assert.DoesNotContain(idNumber, page, StringComparison.Ordinal);
            Assert.DoesNotContain(name, page, StringComparison.Ordinal);
            var masked = idNumber[..4] + new string('*', 10) + idNumber[^4..];
            Assert.Contains(masked, page, StringComparison.Ordinal);
            Assert.Contains(name[0] + new string('*', name.Length - 2) + name[^1], page, StringComparison.Ordinal);
        }

        var first = lines[Ticket(sitting, 0)];
        Assert.Equal(["Theory", "Practical"], view.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([82m, 75m], first.GetProperty("scores").EnumerateArray().Select(s => s.GetDecimal()));
        Assert.True(first.GetProperty("passed").GetBoolean());
        Assert.False(lines[Ticket(sitting, 1)].GetProperty("passed").GetBoolean());
        Assert.Equal(("家政服务员", "家务服务员", "五级/初级工"), (first.GetProperty("occupation").GetString(), first.GetProperty("workType").GetString(), first.GetProperty("level").GetString()));
        Assert.Contains("公示期", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lodge_TicketOrIdNumberNotOnTheNotice_AnswersTheSameAsAMatch_AndStoresNothing()
    {
        var sitting = await PassedAsync(1);
        var id = (await PublishRangeAsync(sitting)).GetProperty("publicityId").GetString()!;
        var anonymous = host.NewClient();

        var wrongTicket = await anonymous.PostAsJsonAsync($"/api/publicity/{id}/objections", new { ticket = "ZK-NOT-HERE", idNumber = sitting.IdNumbers[0], text = "异议" });
        var stranger = await anonymous.PostAsJsonAsync($"/api/publicity/{id}/objections", new { ticket = Ticket(sitting, 0), idNumber = ApiHost.NewIdNumber(), text = "异议" });
        var listed = await sitting.Manager.GetFromJsonAsync<JsonElement>($"/api/publicity/objections?publicity={id}");
        var check = await CertificateIssuanceApiTests.ReadinessAsync(sitting);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (wrongTicket.StatusCode, stranger.StatusCode));
        Assert.Equal(await wrongTicket.Content.ReadAsStringAsync(), await stranger.Content.ReadAsStringAsync());
        Assert.Empty(listed.EnumerateArray());
        Assert.Contains("公示期至", check[sitting.IdNumbers[0]].GetProperty("words").GetString());
    }

    [Theory]
    [InlineData("""{"ticket":"ZK1","idNumber":"123","text":"x"}""")]
    [InlineData("""{"ticket":"ZK1","idNumber":"140402198001010010","text":"x"}""")]
    [InlineData("""{"ticket":"","idNumber":"110101199003074477","text":"x"}""")]
    [InlineData("""{"ticket":"ZK1","idNumber":"110101199003074477","text":""}""")]
    [InlineData("""{"ticket":"ZK1","idNumber":"110101199003074477"}""")]
    public async Task Lodge_Malformed_Answers400(string body)
    {
        var sitting = await PassedAsync(1);
        var id = (await PublishRangeAsync(sitting)).GetProperty("publicityId").GetString()!;

        var response = await host.NewClient().PostAsync($"/api/publicity/{id}/objections", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Lodge_TooLong_Answers400_AndUnknownNoticeAnswers404()
    {
        var sitting = await PassedAsync(1);
        var id = (await PublishRangeAsync(sitting)).GetProperty("publicityId").GetString()!;
        var anonymous = host.NewClient();

        var tooLong = await anonymous.PostAsJsonAsync($"/api/publicity/{id}/objections", new { ticket = Ticket(sitting, 0), idNumber = sitting.IdNumbers[0], text = new string('异', 1001) });
        var unknown = await anonymous.PostAsJsonAsync("/api/publicity/20261123-zzzzzz/objections", new { ticket = "ZK1", idNumber = sitting.IdNumbers[0], text = "异议" });
        var malformedId = await anonymous.GetAsync("/api/publicity/..%2F..%2Fetc");

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformedId.StatusCode);
    }

    [Fact]
    public async Task PublishSitting_NotClosed_IsRefused_AndRangeOfNothing_IsRefused()
    {
        var sitting = await PassedAsync(1);

        var open = await sitting.Manager.PostAsync($"/api/publicity/sittings/{sitting.Id}", null);
        var nothing = await sitting.Manager.PostAsJsonAsync("/api/publicity/range", new { track = ApiHost.Track5, from = "2020-01-01", to = "2020-01-31" });
        var backwards = await sitting.Manager.PostAsJsonAsync("/api/publicity/range", new { track = ApiHost.Track5, from = "2026-02-01", to = "2026-01-01" });
        var missing = await sitting.Manager.PostAsync("/api/publicity/sittings/no-such-sitting", null);

        Assert.Equal(HttpStatusCode.Conflict, open.StatusCode);
        Assert.Contains(Code(RefusalCode.PublicitySittingNotClosed), await open.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, nothing.StatusCode);
        Assert.Contains(Code(RefusalCode.PublicityNothingToPublish), await nothing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task PublicEndpoints_NeedNoSignIn_ManagersEndpoints_AreRefusedToOtherRoles()
    {
        var sitting = await PassedAsync(1);
        var id = (await PublishRangeAsync(sitting)).GetProperty("publicityId").GetString()!;
        var proctor = await host.StaffAsync("publicity.proctor", "Proctor");

        Assert.Equal(HttpStatusCode.OK, (await host.NewClient().GetAsync($"/api/publicity/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.NewClient().GetAsync($"/results/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await proctor.GetAsync($"/results/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await proctor.GetAsync("/api/publicity/objections")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.NewClient().GetAsync("/api/publicity")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.NewClient().GetAsync("/results/20261123-zzzzzz")).StatusCode);
    }

    internal static string Ticket(ResultsSitting sitting, int index) => $"ZK{sitting.Id[2..]}{index:000}";

    /// <summary>A sitting of <paramref name="count"/> candidates, each with theory 82 and practical 75 (the second failing practical with 40 when asked).</summary>
    private Task<ResultsSitting> PassedAsync(int count, bool failSecond = false) => PassedAsync(host, count, failSecond);

    /// <summary>A sitting of <paramref name="count"/> candidates, each with theory 82 and practical 75 (the second failing practical with 40 when asked).</summary>
    internal static async Task<ResultsSitting> PassedAsync(ApiHost host, int count, bool failSecond = false)
    {
        var sitting = await ResultsSitting.CreateAsync(host, count, count);
        for (var i = 0; i < count; i++)
        {
            await sitting.RecordAsync(i, ExamComponent.Theory, 82m);
            await sitting.RecordAsync(i, ExamComponent.Practical, failSecond && i == 1 ? 40m : 75m);
        }

        return sitting;
    }

    internal static async Task<JsonElement> PublishRangeAsync(ResultsSitting sitting)
    {
        var today = sitting.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var response = await sitting.Manager.PostAsJsonAsync("/api/publicity/range", new { track = ApiHost.Track5, from = today, to = today });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static async Task<JsonElement> IssueAsync(ResultsSitting sitting, string idNumber) =>
        (await CertificateIssuanceApiTests.IssueAsync(sitting.Manager, [idNumber]))[0];

    // The issue-batch line carries the refusal's words (Chinese first), its reason's cause included.
    internal static string Cause(JsonElement line) => line.GetProperty("outcome").GetString() == "issued" ? "issued" : line.GetProperty("words").GetString()!;

    internal static string Code(RefusalCode code) => code.ToString();

    internal static List<string?> Actions(JsonElement trail) => trail.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("action").GetString()).Reverse().ToList();
}
