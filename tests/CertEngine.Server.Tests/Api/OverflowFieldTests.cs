using System.Net;
using System.Text;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Every number a client sends (JSON member, route segment, query parameter) that overflows its type is a 400
/// ProblemDetails naming the field, never a 404 or a 500; an unreadable request is logged at Debug, not as an error.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OverflowFieldTests(ApiHost host)
{
    private const string Huge = "99999999999";

    [Theory]
    [InlineData("POST", "/api/sessions/x/extend", """{"seat":1,"minutes":99999999999,"reason":"r"}""", "$.minutes")]
    [InlineData("POST", "/api/sessions/x/extend", """{"seat":99999999999,"minutes":5,"reason":"r"}""", "$.seat")]
    [InlineData("POST", "/api/sessions/x/seats/99999999999/check-in", """{"identityConfirmed":true}""", "int seat")]
    [InlineData("POST", "/api/sessions/x/regrade", """{"correctedBankVersion":99999999999,"dryRun":true}""", "$.correctedBankVersion")]
    [InlineData("POST", "/api/sessions/", """{"trackKey":"k","centre":"c","room":"r","startsAt":"2026-01-01T08:00:00+08:00","minutes":99999999999}""", "$.minutes")]
    [InlineData("POST", "/api/tracks/open", """{"key":"k","bankVersion":99999999999}""", "$.bankVersion")]
    [InlineData("POST", "/api/tracks/adopt-rules", """{"key":"k","version":99999999999}""", "$.version")]
    [InlineData("GET", "/api/banks/4-10-01-06/diff?from=99999999999&to=1", null, "from")]
    [InlineData("GET", "/api/banks/4-10-01-06/diff?from=1&to=99999999999", null, "to")]
    [InlineData("GET", "/api/banks/4-10-01-06/versions/99999999999/manifest.yaml", null, "int version")]
    [InlineData("GET", "/api/tracks/rules/4-10-01-06/versions/99999999999", null, "int version")]
    public async Task Staff_NumberOverflowingItsField_Is400NamingTheField(string method, string url, string? body, string field)
    {
        var admin = await host.AdminAsync();

        var (status, detail) = await SendAsync(admin, method, url, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sheet", """{"awarded":{"c1":1e400}}""", "$.awarded.c1")]
    [InlineData("sheet", """{"awarded":{"c1":1},"vetoes":[99999999999]}""", "$.vetoes[0]")]
    [InlineData("adjudication", """{"score":1e400,"reason":"r"}""", "$.score")]
    public async Task Assessor_MarkOverflowingItsField_Is400NamingTheField(string what, string body, string field)
    {
        var assessor = await host.StaffAsync("assessor-overflow", "Assessor");

        var (status, detail) = await SendAsync(assessor, "POST", $"/api/practical/s/t/tasks/k/{what}", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Candidate_AnswerIndexOverflowingItsField_Is400NamingTheField()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1);
        var candidate = await sitting.SignInCandidateAsync(0);

        var (status, detail) = await SendAsync(candidate, "PUT", $"/api/attempt/answers/{Huge}", """{"choices":["A"]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("int index", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_IsLoggedAtDebugWithoutStackTrace_NotAsAnError()
    {
        var admin = await host.AdminAsync();
        var marker = "/api/sessions/malformed-" + Guid.NewGuid().ToString("N")[..8] + "/pause";

        var (status, _) = await SendAsync(admin, "POST", marker, """{"reason": "abc""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(host.Log, l => l.StartsWith($"Debug: Unreadable request POST {marker} answered 400: JSON 有误：$.reason", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Log, l => l.StartsWith("Error: An unhandled exception", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Log, l => l.Contains(marker, StringComparison.Ordinal) && l.Contains("   at ", StringComparison.Ordinal));
    }

    private static async Task<(HttpStatusCode Status, string Detail)> SendAsync(HttpClient client, string method, string url, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json") };
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {url}: {(int)response.StatusCode} {text}");
        using var problem = JsonDocument.Parse(text);
        return (response.StatusCode, problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : problem.RootElement.GetRawText());
    }
}
