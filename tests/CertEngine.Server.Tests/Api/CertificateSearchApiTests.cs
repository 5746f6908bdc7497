using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CertificateSearchApiTests(ApiHost host)
{
    [Fact]
    public async Task Search_ByHolderIdNumber_FindsEveryCertificateTheCandidateHolds()
    {
        var manager = await host.StaffAsync("search.manager", "CentreManager");
        var idNumber = ApiHost.NewIdNumber();
        var numbers = await IssueAsync(idNumber, 2);

        var found = await manager.GetFromJsonAsync<JsonElement>($"/api/certificates/search?q={idNumber}");

        Assert.Equal(numbers.Order(), found.EnumerateArray().Select(c => c.GetProperty("fields").GetProperty("number").GetString()!).Order());
    }

    [Fact]
    public async Task Search_ByNumber_FindsThatCertificateWithItsHistory()
    {
        var manager = await host.StaffAsync("search.manager", "CentreManager");
        var number = (await IssueAsync(ApiHost.NewIdNumber(), 1))[0];
        var suspended = await manager.PostAsJsonAsync($"/api/certificates/{number}/suspend", new { reason = "申诉中" });
        Assert.Equal(HttpStatusCode.NoContent, suspended.StatusCode);

        var found = await manager.GetFromJsonAsync<JsonElement>($"/api/certificates/search?q={number.ToLowerInvariant()}");

        var certificate = Assert.Single(found.EnumerateArray());
        Assert.Equal("suspended", certificate.GetProperty("status").GetString());
        Assert.Equal(["valid", "suspended"], certificate.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("status").GetString()!).ToArray());
    }

    [Fact]
    public async Task Search_UnknownNumber_AnswersAnEmptyList()
    {
        var manager = await host.StaffAsync("search.manager", "CentreManager");

        var found = await manager.GetFromJsonAsync<JsonElement>("/api/certificates/search?q=S999999999999999999999");

        Assert.Equal(0, found.GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=12345678901234567890123456789012345678901")]
    public async Task Search_NoOrOverlongQuery_Answers400NamingQ(string query)
    {
        var manager = await host.StaffAsync("search.manager", "CentreManager");

        var response = await manager.GetAsync("/api/certificates/search" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Search_PartOfNumberOrIdNumber_FindsTheCertificate()
    {
        var manager = await host.StaffAsync("search.manager", "CentreManager");
        var idNumber = ApiHost.NewIdNumber();
        var number = (await IssueAsync(idNumber, 1))[0];

        var byNumber = await manager.GetFromJsonAsync<JsonElement>($"/api/certificates/search?q={number[3..15].ToLowerInvariant()}");
        var byId = await manager.GetFromJsonAsync<JsonElement>($"/api/certificates/search?q={idNumber[6..16]}");

        Assert.Contains(number, byNumber.EnumerateArray().Select(c => c.GetProperty("fields").GetProperty("number").GetString()));
        Assert.Contains(number, byId.EnumerateArray().Select(c => c.GetProperty("fields").GetProperty("number").GetString()));
    }

    [Fact]
    public async Task Search_DatesOfIssue_FindOnlyThoseIssuedBetween()
    {
        var manager = await host.StaffAsync("search.manager", "CentreManager");
        var numbers = await IssueAsync(ApiHost.NewIdNumber(), 2);

        var found = await manager.GetFromJsonAsync<JsonElement>("/api/certificates/search?q=陈静&from=2026-11-21&to=2026-11-21");

        var listed = found.EnumerateArray().Select(c => c.GetProperty("fields").GetProperty("number").GetString()).ToList();
        Assert.Contains(numbers[1], listed);
        Assert.DoesNotContain(numbers[0], listed);
    }

    [Theory]
    [InlineData("?from=2026-13-01")]
    [InlineData("?q=a&to=yesterday")]
    [InlineData("?q=a&page=0")]
    public async Task Search_MalformedDateOrPage_Answers400(string query)
    {
        var manager = await host.StaffAsync("search.manager", "CentreManager");

        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync("/api/certificates/search" + query)).StatusCode);
    }

    /// <summary>Certificates recorded straight on the grains (issuing through a whole exam day is the demo's and the certificates tests' job).</summary>
    internal async Task<List<string>> IssueAsync(string idNumber, int count)
    {
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var candidate = grains.GetGrain<ICandidateGrain>(idNumber);
        Assert.True((await candidate.RegisterAsync(new CandidateProfile("陈静", idNumber, "潞州区", []), "test")).Accepted);
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var number = "S" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "000000000";
            var fields = new CertificateFields(number, "skill-level", "陈静", "居民身份证", idNumber, "4-10-01-06", "家政服务员", "家务服务员", 5, "五级/初级工",
                new DateOnly(2026, 11, 20 + i), "长治市职业技能鉴定中心", ApiHost.Track5);
            Assert.True((await grains.GetGrain<ICertificateGrain>(number).IssueAsync(fields, "token", "test")).Accepted);
            await candidate.RecordCertificateAsync(new HeldCertificate(ApiHost.Track5, number, fields.IssuedOn));
            numbers.Add(number);
        }

        return numbers;
    }
}
