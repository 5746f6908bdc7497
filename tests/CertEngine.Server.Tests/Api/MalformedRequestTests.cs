using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Every operation the OpenAPI document describes, sent malformed bodies (empty, truncated JSON, wrong types, huge strings,
/// random bytes) anonymously and as an Admin: always a 4xx ProblemDetails, never a 5xx.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MalformedRequestTests(ApiHost host)
{
    [Fact]
    public async Task EveryOperation_MalformedBodies_Answer4xxProblemDetails()
    {
        var admin = await host.AdminAsync();
        var anonymous = host.NewClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]?["schemas"];
        var operations = 0;
        var failures = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                // Only operations that take a body; sign-out has none (and would sign the shared Admin out).
                if (method is not ("post" or "put" or "patch") || operation?["requestBody"] is null)
                {
                    continue;
                }

                operations++;
                var url = System.Text.RegularExpressions.Regex.Replace(path, @"\{(\w+)(:[^}]*)?\}", m => m.Groups[1].Value == "index" ? "0" : "x");
                var schema = Resolve(operation?["requestBody"]?["content"]?["application/json"]?["schema"], schemas);
                foreach (var (kind, body) in Bodies(schema))
                {
                    foreach (var (who, client) in new[] { ("anonymous", anonymous), ("admin", admin) })
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = body() };
                        var response = await client.SendAsync(request);
                        var status = (int)response.StatusCode;
                        var text = await response.Content.ReadAsStringAsync();
                        if (status is < 400 or >= 500 || !text.Contains("\"status\"", StringComparison.Ordinal) || !SaysChineseFirst(text))
                        {
                            failures.Add($"{who} {method} {url} {kind}: {status} {text[..Math.Min(200, text.Length)]}");
                        }
                    }
                }
            }
        }

        Assert.True(operations >= 15, $"only {operations} operations found in /openapi/v1.json");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task WrongType_NamesTheField()
    {
        var admin = await host.AdminAsync();

        var response = await admin.PostAsync("/api/sessions/x/pause", new StringContent("""{"reason": 42}""", Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("$.reason", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task DeeplyNestedJson_Is400ProblemDetailsAndNoErrorIsLogged()
    {
        var admin = await host.AdminAsync();
        var logged = host.Log.Count;
        var body = "{\"reason\": " + new string('[', 100_000) + new string(']', 100_000) + "}";

        var response = await admin.PostAsync("/api/sessions/x/pause", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("depth", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.Log.Skip(logged), line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TooLongField_Is400WithAChineseTitle()
    {
        var admin = await host.AdminAsync();

        var response = await admin.PostAsync("/api/tracks/rules/4-10-01-06/validate", JsonContent.Create(new { yaml = new string('a', 70_000) }));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.True(SaysChineseFirst(text), text);
        Assert.Contains("yaml", text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a ProblemDetails answer's title starts in Chinese, as every answer a person may read does.</summary>
    private static bool SaysChineseFirst(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        return json.RootElement.TryGetProperty("title", out var title)
            && title.GetString() is { Length: > 0 } words
            && words[0] is >= '\u4e00' and <= '\u9fff';
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonNode? schemas) =>
        schema?["$ref"]?.GetValue<string>() is { } reference ? schemas?[reference.Split('/')[^1]] : schema;

    private static IEnumerable<(string Kind, Func<HttpContent> Body)> Bodies(JsonNode? schema)
    {
        HttpContent Json(string text) => new StringContent(text, Encoding.UTF8, "application/json");
        yield return ("empty", () => Json(""));
        yield return ("truncated", () => Json("""{"reason": "abc"""));
        yield return ("array", () => Json("[1, 2, 3]"));
        yield return ("random bytes", () =>
        {
            var bytes = new byte[512];
            new Random(7).NextBytes(bytes);
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new("application/json");
            return content;
        });
        var properties = schema?["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
        var wrong = new JsonObject();
        var huge = new JsonObject();
        foreach (var name in properties)
        {
            var type = schema!["properties"]![name]?["type"]?.ToJsonString() ?? "";
            wrong[name] = type.Contains("string") ? JsonValue.Create(12345) : type.Contains("array") ? new JsonObject { ["a"] = 1 } : JsonValue.Create("not-a-number");
            huge[name] = type.Contains("string") ? JsonValue.Create(new string('长', 300_000)) : type.Contains("integer") ? JsonValue.Create(long.MaxValue) : null;
        }

        yield return ("wrong types", () => Json(wrong.ToJsonString()));
        yield return ("huge strings", () => Json(huge.ToJsonString()));
    }
}
