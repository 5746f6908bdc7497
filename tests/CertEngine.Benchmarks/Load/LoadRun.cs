using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Domain.Candidates;

namespace CertEngine.Benchmarks.Load;

/// <summary>
/// The load driver of the storage issue: durable answer saves per second through the HTTP API, as candidates send them.
/// It sets a fresh server up through the API (first-start setup, a track, candidates, sittings of 100, check-in, start),
/// signs every candidate in, then runs <c>concurrency</c> closed-loop workers that each save answers for their share of
/// the candidates for <c>seconds</c>, and finally reads every attempt back to check that each acknowledged answer is there.
/// </summary>
/// <remarks>Run by <c>load.sh</c>, which also starts PostgreSQL and the server and runs <c>pgbench -N</c> in the same run.</remarks>
public static class LoadRun
{
    public const string Command = "load";
    private const string Track = "4-10-01-06/家务服务员/5";
    private const string Password = "load-driver-password";
    private const int SittingSize = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = options.Rate > 0 ? 1024 : Math.Max(64, options.Concurrency), PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(60) };
        var admin = await SetUpAdminAsync(http, options.SetupToken);
        var setupWatch = Stopwatch.StartNew();
        var candidates = await PrepareAsync(http, admin, options.Candidates, options.Prefix);
        Console.WriteLine(FormattableString.Invariant($"setup: {candidates.Count} candidates in {candidates.Count / SittingSize} sittings, signed in, in {setupWatch.Elapsed.TotalSeconds:0.0} s"));

        var acknowledged = new ConcurrentDictionary<(int Candidate, int Index), string>();
        var latencies = new ConcurrentBag<double[]>();
        var errors = 0L;
        var cpuBefore = CpuSample.Take(options.ServerPid);
        var stop = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var workers = options.Rate > 0
            ? OpenLoop(http, candidates, options, duration, stop, acknowledged, latencies, () => Interlocked.Increment(ref errors))
            : ClosedLoop(http, candidates, options, duration, stop, acknowledged, latencies, () => Interlocked.Increment(ref errors));
        await Task.WhenAll(workers);
        var seconds = stop.Elapsed.TotalSeconds;
        var cpu = CpuSample.Take(options.ServerPid) - cpuBefore;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var missing = await CheckAsync(http, candidates, acknowledged);
        Console.WriteLine(FormattableString.Invariant(
            $"saves: {all.Length} acknowledged in {seconds:0.0} s = {all.Length / seconds:0} saves/s; errors {errors}; latency ms p50 {Percentile(all, 0.50):0.0} p95 {Percentile(all, 0.95):0.0} p99 {Percentile(all, 0.99):0.0} max {all.LastOrDefault():0.0}"));
        if (all.Length > 0)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"cpu per save: server {cpu.Server / all.Length * 1e6:0} µs, postgres {cpu.Postgres / all.Length * 1e6:0} µs, driver {cpu.Driver / all.Length * 1e6:0} µs (of {Environment.ProcessorCount} cores × {seconds:0.0} s)"));
        }

        Console.WriteLine(FormattableString.Invariant($"check: {acknowledged.Count} acknowledged answers read back, {missing} missing or different"));
        return missing == 0 && errors == 0 ? 0 : 1;
    }

    // Closed loop: each worker sends its next save as soon as the last one is answered — the most the server can do.
    private static Task[] ClosedLoop(HttpClient http, List<LoadCandidate> candidates, Options options, TimeSpan duration, Stopwatch stop,
        ConcurrentDictionary<(int Candidate, int Index), string> acknowledged, ConcurrentBag<double[]> latencies, Action error)
    {
        return Enumerable.Range(0, options.Concurrency).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            var mine = new List<double>(capacity: 16_384);
            // Worker w owns candidates w, w + n, w + 2n … (n workers): with (w + turn·n) mod count instead, two workers
            // shared candidates whenever n and the count had a common factor, and the check could flag a save that only
            // lost a race between them.
            var own = Enumerable.Range(0, candidates.Count).Where(c => c % options.Concurrency == w).ToArray();
            var turn = 0;
            while (stop.Elapsed < duration && own.Length > 0)
            {
                var c = own[turn++ % own.Length];
                var candidate = candidates[c];
                var index = random.Next(candidate.Questions.Count);
                var choice = candidate.Questions[index][random.Next(candidate.Questions[index].Count)];
                var started = Stopwatch.GetTimestamp();
                if (await SaveAsync(http, candidate, index, choice))
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    // Workers own disjoint candidates, so the last acknowledged answer per question is well defined.
                    acknowledged[(c, index)] = choice;
                }
                else
                {
                    error();
                }
            }

            latencies.Add(mine.ToArray());
        })).ToArray();
    }

    // Open loop: saves arrive at a fixed rate whatever the server does, spread over the candidates in turn (a candidate
    // never has two saves in flight, as in the exam page). Latency counts from when a save was due, not from when it
    // could be sent, so a stalled server cannot hide its queue (no coordinated omission).
    private static Task[] OpenLoop(HttpClient http, List<LoadCandidate> candidates, Options options, TimeSpan duration, Stopwatch stop,
        ConcurrentDictionary<(int Candidate, int Index), string> acknowledged, ConcurrentBag<double[]> latencies, Action error)
    {
        var busy = new int[candidates.Count];
        var mine = new ConcurrentBag<double>();
        var inFlight = new List<Task>();
        var random = new Random(1);
        var pacer = Task.Run(async () =>
        {
            var sent = 0L;
            var next = 0;
            while (stop.Elapsed < duration)
            {
                var due = (long)(stop.Elapsed.TotalSeconds * options.Rate);
                for (; sent < due; sent++)
                {
                    var dueAt = sent / (double)options.Rate;
                    var c = next;
                    for (var tries = 0; tries < candidates.Count && Volatile.Read(ref busy[c]) == 1; tries++)
                    {
                        c = (c + 1) % candidates.Count;
                    }

                    next = (c + 1) % candidates.Count;
                    if (Interlocked.Exchange(ref busy[c], 1) == 1)
                    {
                        error(); // every candidate has a save in flight: the server is far behind
                        continue;
                    }

                    var candidate = candidates[c];
                    var index = random.Next(candidate.Questions.Count);
                    var choice = candidate.Questions[index][random.Next(candidate.Questions[index].Count)];
                    var candidateIndex = c;
                    inFlight.Add(Task.Run(async () =>
                    {
                        try
                        {
                            if (await SaveAsync(http, candidate, index, choice))
                            {
                                mine.Add((stop.Elapsed.TotalSeconds - dueAt) * 1000);
                                acknowledged[(candidateIndex, index)] = choice;
                            }
                            else
                            {
                                error();
                            }
                        }
                        finally
                        {
                            Volatile.Write(ref busy[candidateIndex], 0);
                        }
                    }));
                }

                await Task.Delay(1);
            }

            await Task.WhenAll(inFlight);
            latencies.Add(mine.ToArray());
        });
        return [pacer];
    }

    private static async Task<bool> SaveAsync(HttpClient http, LoadCandidate candidate, int index, string choice)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/attempt/answers/{index}") { Content = JsonContent.Create(new { choices = new[] { choice } }) };
        request.Headers.Add("Cookie", candidate.Cookie);
        try
        {
            using var response = await http.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    internal static async Task<string> SetUpAdminAsync(HttpClient http, string token)
    {
        var setup = await http.PostAsJsonAsync("/api/setup", new { token, userName = "load.admin", displayName = "负载测试管理员", password = Password });
        if (setup.StatusCode != HttpStatusCode.NoContent && setup.StatusCode != HttpStatusCode.Conflict)
        {
            throw new InvalidOperationException("setup: " + await setup.Content.ReadAsStringAsync());
        }

        return await SignInAsync(http, "/api/account/sign-in", new { userName = "load.admin", password = Password });
    }

    private static async Task<string> SignInAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode || !response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return string.Join("; ", cookies.Select(c => c.Split(';')[0]));
    }

    private static async Task<List<LoadCandidate>> PrepareAsync(HttpClient http, string admin, int count, string prefix)
    {
        await SendAsync(http, admin, HttpMethod.Post, "/api/tracks/open", new { key = Track, bankVersion = 1 }, allowConflict: true);
        var ids = Enumerable.Range(0, count).Select(i => IdNumberFor(prefix, i)).ToList();
        await ParallelAsync(ids, async id =>
        {
            await SendAsync(http, admin, HttpMethod.Post, "/api/candidates", new { name = "负载考生", idNumber = id, county = "潞州区", tags = new[] { "load" } }, allowConflict: false);
            await SendAsync(http, admin, HttpMethod.Post, $"/api/candidates/{id}/enrolments", new
            {
                trackKey = Track,
                evidence = new object[] { new { id = "work-1", kind = "work", from = "2020-01-01", occupation = "家政服务员", related = true, hours = 0 } },
            }, allowConflict: true);
        });

        var sittings = ids.Chunk(SittingSize).Select((chunk, s) => (Id: $"LOAD-{prefix}-{s:000}", Ids: chunk)).ToList();
        var minutes = 600;
        foreach (var (id, chunk) in sittings)
        {
            await SendAsync(http, admin, HttpMethod.Post, "/api/sessions", new
            {
                id, trackKey = Track, component = "theory", centre = "负载测试中心", room = id, startsAt = DateTimeOffset.UtcNow, minutes,
                proctors = Enumerable.Range(1, 7).Select(p => $"load.proctor{p}").ToArray(),
                roster = chunk.Select((idNumber, seat) => new { idNumber, seat = seat + 1, ticket = $"{id}-{seat + 1:000}" }).ToArray(),
            }, allowConflict: false);
            await SendAsync(http, admin, HttpMethod.Post, $"/api/sessions/{id}/open-check-in", null, allowConflict: false);
        }

        await ParallelAsync(sittings.SelectMany(s => s.Ids.Select(idNumber => (s.Id, idNumber))).ToList(), pair =>
            SendAsync(http, admin, HttpMethod.Post, $"/api/sessions/{pair.Id}/check-in", new { idNumber = pair.idNumber, identityConfirmed = true }, allowConflict: false));
        var candidates = new ConcurrentBag<LoadCandidate>();
        foreach (var (id, chunk) in sittings)
        {
            await SendAsync(http, admin, HttpMethod.Post, $"/api/sessions/{id}/start", null, allowConflict: false);
            using var view = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{id}");
            view.Headers.Add("Cookie", admin);
            using var response = await http.SendAsync(view);
            var code = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessCode").GetString()!;
            await ParallelAsync(chunk.Select((idNumber, seat) => (idNumber, seat)).ToList(), async entry =>
            {
                var cookie = await SignInAsync(http, "/api/candidate/sign-in", new { ticket = $"{id}-{entry.seat + 1:000}", idNumber = entry.idNumber, accessCode = code });
                using var get = new HttpRequestMessage(HttpMethod.Get, "/api/attempt");
                get.Headers.Add("Cookie", cookie);
                using var paper = await http.SendAsync(get);
                var questions = (await paper.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("questions").EnumerateArray()
                    .Select(q => (IReadOnlyList<string>)q.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("label").GetString()!).ToList()).ToList();
                candidates.Add(new LoadCandidate(entry.idNumber, cookie, questions));
            });
        }

        return candidates.OrderBy(c => c.IdNumber, StringComparer.Ordinal).ToList();
    }

    private static async Task<int> CheckAsync(HttpClient http, List<LoadCandidate> candidates, ConcurrentDictionary<(int Candidate, int Index), string> acknowledged)
    {
        var missing = 0;
        await ParallelAsync(Enumerable.Range(0, candidates.Count).ToList(), async c =>
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, "/api/attempt");
            get.Headers.Add("Cookie", candidates[c].Cookie);
            using var response = await http.SendAsync(get);
            var saved = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("questions").EnumerateArray()
                .ToDictionary(q => q.GetProperty("index").GetInt32(), q => q.GetProperty("saved").EnumerateArray().Select(s => s.GetString()).FirstOrDefault());
            foreach (var ((candidate, index), choice) in acknowledged.Where(a => a.Key.Candidate == c))
            {
                if (!saved.TryGetValue(index, out var stored) || stored != choice)
                {
                    Interlocked.Increment(ref missing);
                }
            }
        });
        return missing;
    }

    internal static async Task SendAsync(HttpClient http, string cookie, HttpMethod method, string path, object? body, bool allowConflict)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode && !(allowConflict && response.StatusCode == HttpStatusCode.Conflict))
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static Task ParallelAsync<T>(IReadOnlyList<T> items, Func<T, Task> action) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (item, _) => await action(item));

    /// <summary>A valid ID number, unique per run prefix and index (birth dates in 1970–1999).</summary>
    internal static string IdNumberFor(string prefix, int i)
    {
        var serial = (Math.Abs(prefix.GetHashCode(StringComparison.Ordinal)) + i) % 1000;
        var body = string.Create(CultureInfo.InvariantCulture, $"1404{i / 1000 % 100:00}{1970 + i % 30}{1 + i / 30 % 12:00}{1 + i / 360 % 28:00}{serial:000}");
        return body + IdentityNumber.CheckCharacterOf(body);
    }

    private sealed record LoadCandidate(string IdNumber, string Cookie, IReadOnlyList<IReadOnlyList<string>> Questions);

    private sealed record Options(string Url, string SetupToken, int Candidates, int Seconds, int Concurrency, string Prefix, int ServerPid, int Rate)
    {
        public static Options Parse(string[] args)
        {
            string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
            return new Options(
                Value("--url", "http://127.0.0.1:5080"), Value("--setup-token", ""),
                int.Parse(Value("--candidates", "2000"), CultureInfo.InvariantCulture), int.Parse(Value("--seconds", "60"), CultureInfo.InvariantCulture),
                int.Parse(Value("--concurrency", "64"), CultureInfo.InvariantCulture), Value("--prefix", DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture)),
                int.Parse(Value("--server-pid", "0"), CultureInfo.InvariantCulture), int.Parse(Value("--rate", "0"), CultureInfo.InvariantCulture));
        }
    }
}
