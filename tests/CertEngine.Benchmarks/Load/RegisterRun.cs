using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace CertEngine.Benchmarks.Load;

/// <summary>
/// The redesign issue's registration benchmark: registers and enrols N candidates on one track through the HTTP API, as
/// a centre's import would, with W requests in flight, and prints the rate per block of 1,000 candidates. The cost per
/// candidate must not grow with the number already enrolled: the last block's time per candidate against the first's.
/// </summary>
internal static class RegisterRun
{
    public const string Command = "register";
    private const string Track = "4-10-01-06/家务服务员/5";
    private const int Block = 1_000;

    public static async Task<int> RunAsync(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var url = Value("--url", "http://127.0.0.1:5080");
        var count = int.Parse(Value("--candidates", "10000"), CultureInfo.InvariantCulture);
        var workers = int.Parse(Value("--workers", "16"), CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        var admin = await LoadRun.SetUpAdminAsync(http, Value("--setup-token", ""));
        await LoadRun.SendAsync(http, admin, HttpMethod.Post, "/api/tracks/open", new { key = Track, bankVersion = 1 }, allowConflict: true);

        // A warm-up block on another track key's candidates (same track), not measured: JIT and pools settle first.
        await RegisterAsync(http, admin, Enumerable.Range(0, 500).Select(i => LoadRun.IdNumberFor("warm-up", i + 99_000)).ToList(), workers);
        var prefix = Guid.NewGuid().ToString("N")[..6];
        var blockSeconds = new List<double>();
        var total = Stopwatch.StartNew();
        for (var start = 0; start < count; start += Block)
        {
            var ids = Enumerable.Range(start, Math.Min(Block, count - start)).Select(i => LoadRun.IdNumberFor(prefix, i)).ToList();
            var watch = Stopwatch.StartNew();
            await RegisterAsync(http, admin, ids, workers);
            blockSeconds.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine(FormattableString.Invariant(
                $"{start + ids.Count,7} enrolled: this block {ids.Count / watch.Elapsed.TotalSeconds,6:0} candidates/s ({1000 * watch.Elapsed.TotalSeconds / ids.Count:0.00} ms each)"));
        }

        using var summary = new HttpRequestMessage(HttpMethod.Get, "/api/tracks?key=" + Uri.EscapeDataString(Track));
        summary.Headers.Add("Cookie", admin);
        using var response = await http.SendAsync(summary);
        var enrolled = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("enrolled").GetInt32();
        var first = blockSeconds[0];
        var last = blockSeconds[^1] * Block / (count - (blockSeconds.Count - 1) * Block);
        Console.WriteLine(FormattableString.Invariant(
            $"registered and enrolled {count} candidates in {total.Elapsed.TotalSeconds:0.0} s = {count / total.Elapsed.TotalSeconds:0} per second with {workers} in flight; the track counts {enrolled} (500 of them the warm-up)"));
        Console.WriteLine(FormattableString.Invariant($"per candidate: first block {1000 * first / Block:0.00} ms, last block {1000 * last / Block:0.00} ms, ratio {last / first:0.00}"));
        return 0;
    }

    private static Task RegisterAsync(HttpClient http, string admin, IReadOnlyList<string> ids, int workers) =>
        Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (id, _) =>
        {
            await LoadRun.SendAsync(http, admin, HttpMethod.Post, "/api/candidates", new { name = "登记考生", idNumber = id, county = "潞州区", tags = new[] { "register" } }, allowConflict: false);
            await LoadRun.SendAsync(http, admin, HttpMethod.Post, $"/api/candidates/{id}/enrolments", new
            {
                trackKey = Track,
                evidence = new object[] { new { id = "work-1", kind = "work", from = "2020-01-01", occupation = "家政服务员", related = true, hours = 0 } },
            }, allowConflict: false);
        });
}
