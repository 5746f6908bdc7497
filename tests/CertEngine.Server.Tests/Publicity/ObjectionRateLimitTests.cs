using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Publicity;

/// <summary>Lodging objections is rate-limited per address; the page itself is not.</summary>
public sealed class ObjectionRateLimitTests(StrictPublicityHost host) : IClassFixture<StrictPublicityHost>
{
    [Fact]
    public async Task Lodge_BeyondTheLimit_Answers429_AndStoresNothing_WhileThePageStillLoads()
    {
        var sitting = await PublicityApiTests.PassedAsync(host, 1);
        var id = (await PublicityApiTests.PublishRangeAsync(sitting)).GetProperty("publicityId").GetString()!;
        var client = host.NewClient();
        var objection = new { ticket = PublicityApiTests.Ticket(sitting, 0), idNumber = sitting.IdNumbers[0], text = "请复核" };

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await client.PostAsJsonAsync($"/api/publicity/{id}/objections", objection)).StatusCode);
        }

        var page = await client.GetAsync($"/results/{id}");
        var stored = await sitting.Manager.GetFromJsonAsync<JsonElement>($"/api/publicity/objections?publicity={id}");

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(2, stored.GetArrayLength());
    }
}
