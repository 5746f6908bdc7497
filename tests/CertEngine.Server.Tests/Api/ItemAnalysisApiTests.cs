using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Grains.Library;
using CertEngine.Server.Cli;
using CertEngine.Storage.Records.Facts;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// 试题分析 over the API: numbers from generated attempts in the record store against hand-worked values, recomputed from
/// <c>responses.csv</c> by an independent formula, the Excel export and the charts, an author's marks (refused when
/// malformed), and a retired item left out of the next version drafted from the web, as <c>bank diff</c> shows.
/// The attempts go on 养老护理员 (4-10-01-05) version 1, which no other test of the collection sits.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ItemAnalysisApiTests(ApiHost host)
{
    private const string Bank = "4-10-01-05";
    private const string Track = "4-10-01-05/养老护理员/5";
    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static bool _seeded;

    // Five papers of the same three single-choice items, 1 point each; everybody gets the first right.
    private static readonly int[][] Hand =
    [
        [1, 1, 1],
        [1, 1, 0],
        [1, 0, 1],
        [1, 0, 0],
        [1, 1, 0],
    ];

    [Fact]
    public async Task Items_GeneratedAttempts_GiveTheHandWorkedNumbers()
    {
        var items = await SeedAsync();
        var manager = await host.StaffAsync("analysis.manager", "CentreManager");

        var analysis = await manager.GetFromJsonAsync<JsonElement>($"/api/analytics/banks/{Bank}/versions/1/items");

        Assert.Equal(5, analysis.GetProperty("papers").GetInt64());
        var rows = analysis.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("itemId").GetString()!);
        var first = rows[items[0]];
        var second = rows[items[1]];
        Assert.Equal((5, 1.0, JsonValueKind.Null), (first.GetProperty("attempts").GetInt32(), first.GetProperty("p").GetDouble(), first.GetProperty("pointBiserial").ValueKind));
        Assert.Equal(0.6, second.GetProperty("p").GetDouble(), 12);
        Assert.Equal(-1.0 / 6, second.GetProperty("pointBiserial").GetDouble(), 12);
        Assert.Equal(0.25, second.GetProperty("upperLower").GetDouble(), 12);
        Assert.Equal(5, second.GetProperty("exposure").GetInt64());
        var unseen = rows.Values.First(r => r.GetProperty("attempts").GetInt64() == 0);
        Assert.Equal(JsonValueKind.Null, unseen.GetProperty("p").ValueKind);
        var test = Assert.Single(analysis.GetProperty("tests").EnumerateArray());
        Assert.Equal((Track, 5L), (test.GetProperty("trackKey").GetString(), test.GetProperty("attempts").GetInt64()));
        Assert.Equal(-0.3, test.GetProperty("alpha").GetDouble(), 12);
        var key = second.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("isKey").GetBoolean());
        Assert.Equal(0.6, key.GetProperty("share").GetDouble(), 12);
    }

    [Fact]
    public async Task ResponsesCsv_RecomputedIndependently_EqualsTheApi()
    {
        await SeedAsync();
        var manager = await host.StaffAsync("analysis.manager", "CentreManager");
        var analysis = await manager.GetFromJsonAsync<JsonElement>($"/api/analytics/banks/{Bank}/versions/1/items");

        var csv = await manager.GetAsync($"/api/analytics/banks/{Bank}/versions/1/responses.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attempt,track,item_id,item_version,chosen,correct,awarded,attempt_score", lines[0].TrimEnd('\r'));
        var rows = lines[1..].Select(l => l.TrimEnd('\r').Split(',')).Select(f => (Attempt: f[0], Item: f[2], Correct: int.Parse(f[5], CultureInfo.InvariantCulture),
            Awarded: double.Parse(f[6], CultureInfo.InvariantCulture), Score: double.Parse(f[7], CultureInfo.InvariantCulture))).ToList();
        foreach (var item in analysis.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("attempts").GetInt64() > 0))
        {
            var responses = rows.Where(r => r.Item == item.GetProperty("itemId").GetString()).ToList();
            var u = responses.Select(r => (double)r.Correct).ToArray();
            var rest = responses.Select(r => r.Score - r.Awarded).ToArray();
            Assert.Equal(responses.Count, item.GetProperty("attempts").GetInt64());
            Assert.Equal(u.Average(), item.GetProperty("p").GetDouble(), 12);
            var r = Pearson(u, rest);
            if (r is null)
            {
                Assert.Equal(JsonValueKind.Null, item.GetProperty("pointBiserial").ValueKind);
            }
            else
            {
                Assert.Equal(r.Value, item.GetProperty("pointBiserial").GetDouble(), 9);
            }
        }
    }

    [Fact]
    public async Task ItemsXlsxAndCharts_AreAWorkbookOfEveryItemAndPngImages()
    {
        await SeedAsync();
        var manager = await host.StaffAsync("analysis.manager", "CentreManager");
        var analysis = await manager.GetFromJsonAsync<JsonElement>($"/api/analytics/banks/{Bank}/versions/1/items");

        var workbook = await manager.GetByteArrayAsync($"/api/analytics/banks/{Bank}/versions/1/items.xlsx");
        using var stream = new MemoryStream(workbook);
        var sheet = stream.Query(useHeaderRow: true, sheetName: "试题 Items").Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(analysis.GetProperty("items").GetArrayLength(), sheet.Count);
        Assert.Contains(sheet, row => Convert.ToDouble(row["难度 p"], CultureInfo.InvariantCulture) == 0.6);
        // The mean time per item, as the API gives it (null where no answer was timed: a blank cell).
        var meanSeconds = analysis.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("itemId").GetString()!, i => i.GetProperty("meanSeconds"));
        Assert.All(sheet, row => Assert.Equal(
            meanSeconds[Convert.ToString(row["试题 item_id"], CultureInfo.InvariantCulture)!] is { ValueKind: JsonValueKind.Number } s ? s.GetDouble() : null,
            row["平均用时（秒） mean_seconds"] is { } cell ? Convert.ToDouble(cell, CultureInfo.InvariantCulture) : (double?)null));
        foreach (var chart in new[] { "item-map.png", "options.png", "scores.png" })
        {
            var png = await manager.GetAsync($"/api/analytics/banks/{Bank}/versions/1/charts/{chart}?w=400&h=300");
            Assert.Equal(("image/png", (byte)0x89, (byte)'P'), (png.Content.Headers.ContentType?.MediaType, (await png.Content.ReadAsByteArrayAsync())[0], (await png.Content.ReadAsByteArrayAsync())[1]));
        }
    }

    [Theory]
    [InlineData("delete", "不要了", "AnalyticsUnknownMark")]
    [InlineData("retirement", "  ", "AnalyticsMarkReasonRequired")]
    public async Task Mark_Malformed_Is409WithItsCodeAndStoresNothing(string mark, string reason, string code)
    {
        var items = await SeedAsync();
        var manager = await host.StaffAsync("analysis.manager", "CentreManager");

        var response = await manager.PostAsJsonAsync($"/api/analytics/banks/{Bank}/versions/1/items/{items[2]}/marks", new { mark, reason });
        var analysis = await manager.GetFromJsonAsync<JsonElement>($"/api/analytics/banks/{Bank}/versions/1/items");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(code, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.GetProperty("marks").EnumerateArray(), m => m.GetProperty("itemId").GetString() == items[2]);
    }

    [Fact]
    public async Task Requests_UnknownVersionItemOrGarbage_Are4xx()
    {
        var manager = await host.StaffAsync("analysis.manager", "CentreManager");

        var noVersion = await manager.GetAsync($"/api/analytics/banks/{Bank}/versions/99/items");
        var noBank = await manager.GetAsync("/api/analytics/banks/..%2F..%2Fetc/versions/1/responses.csv");
        var noItem = await manager.PostAsJsonAsync($"/api/analytics/banks/{Bank}/versions/1/items/no-such-item/marks", new { mark = "revision", reason = "x" });
        var tooLong = await manager.PostAsJsonAsync($"/api/analytics/banks/{Bank}/versions/1/items/no-such-item/marks", new { mark = "revision", reason = new string('长', 501) });
        var garbage = await manager.PostAsync($"/api/analytics/banks/{Bank}/versions/1/items/x/marks", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noBank.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noItem.StatusCode);
        Assert.Contains("AnalyticsItemNotInVersion", await noItem.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("AnalyticsMarkReasonTooLong", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Fact]
    public async Task Retirement_LeavesTheItemOutOfTheNextWebDraft_AndBankDiffShowsItRemoved()
    {
        var manager = await host.StaffAsync("analysis.manager", "CentreManager");
        var library = host.Services.GetRequiredService<ExamLibrary>();
        var versions = await library.PublishedVersionsAsync(Bank);
        var latest = (await library.FindBankAsync(Bank, versions[^1]))!;
        // An item of a 鉴定点 holding more than the 4 items each needs, so the pools still meet the publication thresholds without it.
        var retired = latest.Items.GroupBy(i => i.ElementId).Where(g => g.Count() >= 5).SelectMany(g => g).Last().Id;

        var mark = await manager.PostAsJsonAsync($"/api/analytics/banks/{Bank}/versions/{versions[^1]}/items/{retired}/marks", new { mark = "retirement", reason = "p = 0.98，干扰项无人选" });
        var draft = await manager.PostAsync($"/api/banks/{Bank}/drafts/next", null);
        var check = await draft.Content.ReadFromJsonAsync<JsonElement>();
        var publish = await manager.PostAsync($"/api/banks/{Bank}/publish", null);
        Assert.True(publish.StatusCode == HttpStatusCode.OK, check + "\n" + await publish.Content.ReadAsStringAsync());
        var next = (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var diff = await manager.GetFromJsonAsync<JsonElement>($"/api/banks/{Bank}/diff?from={versions[^1]}&to={next}");
        var trail = await (await host.AdminAsync()).GetStringAsync($"/api/audit?subject=bank/{Bank}");

        Assert.Equal(HttpStatusCode.NoContent, mark.StatusCode);
        Assert.True(check.GetProperty("publishable").GetBoolean(), check.ToString());
        Assert.Equal(latest.Items.Count - 1, check.GetProperty("items").GetInt32());
        Assert.Equal((0, 1, 0), (diff.GetProperty("added").GetInt32(), diff.GetProperty("removed").GetInt32(), diff.GetProperty("changed").GetInt32()));
        Assert.Contains(retired, diff.GetProperty("changes").ToString(), StringComparison.Ordinal);
        Assert.Contains("item-retirement", trail, StringComparison.Ordinal);

        // The command-line `bank diff` of the two versions as downloaded says the same.
        var folder = Directory.CreateTempSubdirectory("analytics-diff-").FullName;
        try
        {
            foreach (var version in new[] { versions[^1], next })
            {
                Directory.CreateDirectory(Path.Combine(folder, $"v{version}"));
                foreach (var file in new[] { "bank.yaml", "manifest.yaml" })
                {
                    await File.WriteAllTextAsync(Path.Combine(folder, $"v{version}", file), await manager.GetStringAsync($"/api/banks/{Bank}/versions/{version}/{file}"));
                }
            }

            var output = new StringWriter();
            var code = await CertEngineCommandLine.RunAsync(["bank", "diff", Path.Combine(folder, $"v{versions[^1]}"), Path.Combine(folder, $"v{next}")], output, output, TimeProvider.System);

            Assert.Equal(0, code);
            Assert.Contains(retired, output.ToString(), StringComparison.Ordinal);
            Assert.Contains("diff: 0 added, 1 removed, 0 changed", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Stores the hand fixture's five attempts once for the collection; returns the three items' ids.</summary>
    private async Task<string[]> SeedAsync()
    {
        var bank = (await host.Services.GetRequiredService<ExamLibrary>().FindBankAsync(Bank, 1))!;
        var items = bank.Items.Where(i => i.Type == Domain.QuestionBanks.ItemType.Single).Take(3).ToArray();
        await Seeded.WaitAsync();
        try
        {
            if (!_seeded)
            {
                var facts = Hand.Select((row, a) => (RecordFact)new TheoryAttemptFact($"attempt/analysis-{a}/submitted", ApiHost.Epoch.AddMinutes(a), $"analysis-{a}", "submitted",
                    "analysis-sitting", a + 1, Track, ApiHost.NewIdNumber(), Bank, 1, 1, 5, "", row.Sum(), 60m, "system",
                    row.Select((u, j) => new ResponseFact(j, items[j].Id, items[j].Version, "single", "A,B,C,D",
                        u == 1 ? items[j].Key[0] : items[j].Options.First(o => o.Label != items[j].Key[0]).Label, u, 1m)).ToList())).ToList();
                await host.Services.GetRequiredService<IFactStore>().AppendAsync(facts);
                _seeded = true;
            }
        }
        finally
        {
            Seeded.Release();
        }

        return items.Select(i => i.Id).ToArray();
    }

    private static double? Pearson(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        var syy = y.Sum(b => (b - my) * (b - my));
        return x.Length < 2 || sxx < 1e-12 || syy < 1e-12 ? null : sxy / Math.Sqrt(sxx * syy);
    }
}
