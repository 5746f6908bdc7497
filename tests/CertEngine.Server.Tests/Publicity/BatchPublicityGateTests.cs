using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Publicity;

/// <summary>
/// A batch's 公示 lists exactly its candidates, masked, and its certificates are issued only after the period; the
/// sitting of the track outside the batch stays unpublished. Its own server, because it moves the clock on.
/// </summary>
public sealed class BatchPublicityGateTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task PublishABatch_ListsExactlyItsCandidatesMasked_AndCertificatesFollowThePeriod()
    {
        var world = await BatchPublicityTests.BatchWorldAsync(host);
        var (a, b, outside) = (world.IdNumbers[0], world.IdNumbers[1], world.IdNumbers[2]);

        var published = await world.Manager.PostAsync($"/api/publicity/batches/{world.BatchId}", null);
        var notice = await published.Content.ReadFromJsonAsync<JsonElement>();
        var again = await world.Manager.PostAsync($"/api/publicity/batches/{world.BatchId}", null);
        var id = notice.GetProperty("publicityId").GetString()!;
        var endsOn = DateOnly.Parse(notice.GetProperty("endsOn").GetString()!, CultureInfo.InvariantCulture);
        var json = await host.NewClient().GetStringAsync($"/api/publicity/{id}");
        var page = await host.NewClient().GetStringAsync($"/results/{id}");
        var during = await CertificateIssuanceApiTests.IssueAsync(world.Manager, [a, outside]);
        host.Clock.SetUtcNow(new DateTimeOffset(endsOn.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        await ApiHost.SignInAsync(world.Manager, "results.manager", ApiHost.Password);
        var after = await CertificateIssuanceApiTests.IssueAsync(world.Manager, [a, b, outside]);

        Assert.True(published.StatusCode == HttpStatusCode.Created, notice.ToString());
        Assert.Equal((world.BatchId, 2), (notice.GetProperty("sessionId").GetString(), notice.GetProperty("lineCount").GetInt32()));
        Assert.Equal((HttpStatusCode.Conflict, "PublicityAlreadyPublished"), (again.StatusCode, await BatchPublicityTests.CodeAsync(again)));
        var lines = JsonDocument.Parse(json).RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(new[] { BatchPublicityTests.Masked(a), BatchPublicityTests.Masked(b) }.Order(StringComparer.Ordinal), lines.Select(l => l.GetProperty("maskedIdNumber").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(world.Tickets.Take(2).Order(StringComparer.Ordinal), lines.Select(l => l.GetProperty("ticket").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal([true, false], lines.OrderBy(l => l.GetProperty("ticket").GetString() == world.Tickets[0] ? 0 : 1).Select(l => l.GetProperty("passed").GetBoolean()));
        foreach (var (idNumber, name) in world.IdNumbers.Zip(world.Names))
        {
            Assert.DoesNotContain(idNumber, json, StringComparison.Ordinal);
            Assert.DoesNotContain(name, json, StringComparison.Ordinal);
            Assert.DoesNotContain(idNumber, page, StringComparison.Ordinal);
            Assert.DoesNotContain(name, page, StringComparison.Ordinal);
        }

        Assert.Contains(BatchPublicityTests.Masked(a), page, StringComparison.Ordinal);
        Assert.Contains(BatchPublicityTests.Masked(b), page, StringComparison.Ordinal);
        Assert.DoesNotContain(BatchPublicityTests.Masked(outside), page, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Tickets[2], page, StringComparison.Ordinal);
        Assert.Contains($"公示期至 {endsOn:yyyy-MM-dd}（含），期满后可发证", PublicityApiTests.Cause(during[0]));
        Assert.Contains("成绩尚未公示", PublicityApiTests.Cause(during[1]));
        Assert.Equal("issued", after[0].GetProperty("outcome").GetString());
        Assert.Contains("尚有未通过的考核项目", PublicityApiTests.Cause(after[1]));
        Assert.Contains("成绩尚未公示", PublicityApiTests.Cause(after[2]));
    }
}
