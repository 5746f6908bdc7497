using System.Globalization;
using CertEngine.Benchmarks.ExamDay.Core;
using Spectre.Console;

namespace CertEngine.Benchmarks.ExamDay;

/// <summary>
/// The <c>exam-day</c> command, run by <c>exam-day.sh</c> (which starts PostgreSQL, the silos and the bare endpoint and
/// measures <c>pgbench -N</c> first): the whole day through the API, then its figures, each beside its limit, one line per
/// target of issue 18, and the run's table written into docs/performance.md.
/// </summary>
public static class ExamDayRun
{
    public const string Command = "exam-day";

    public static async Task<int> RunAsync(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var candidates = Number("--candidates", 300);
        var settings = new ExamDaySettings
        {
            Candidates = candidates, Minutes = Number("--minutes", 3), Waves = Number("--waves", Math.Max(1, (candidates + 19_999) / 20_000)),
            SittingSize = Number("--sitting-size", 100), Workers = Number("--workers", 48),
            SaveEvery = TimeSpan.FromSeconds(Number("--save-every", 30)), PollEvery = TimeSpan.FromSeconds(Number("--poll-every", 15)),
            BankRoot = Value("--bank-root", "question-banks"), BankVersion = Number("--bank-version", 1), SetupToken = Value("--setup-token", ""),
        };
        var urls = Value("--urls", "http://127.0.0.1:5080").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var pids = Value("--server-pids", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var pgbench = double.Parse(Value("--pgbench-tps", "0"), CultureInfo.InvariantCulture);
        var mode = Value("--mode", "postgres");
        var bare = Value("--bare-url", "");
        var clients = urls.Select(u => new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
        {
            BaseAddress = new Uri(u), Timeout = TimeSpan.FromSeconds(120),
        }).ToList();
        var http = new ExamDayHttp(clients, new LatencyBook());
        // The server's figures from its own /metrics (issue 18), /proc where /metrics cannot tell (PostgreSQL, stopping a silo).
        var probe = pids.Count > 0 ? new MetricsProbe([.. urls.Select(u => new Uri(u))], new ProcessProbe(pids)) : null;
        ExamDayReport report;
        if (Console.IsOutputRedirected || args.Contains("--plain"))
        {
            report = await Flow(new LineProgress(Console.Out)).RunAsync();
        }
        else
        {
            report = null!;
            await AnsiConsole.Progress().AutoClear(false).HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var progress = new SpectreProgress(context);
                    report = await Flow(progress).RunAsync();
                    progress.Done();
                });
        }

        ExamDayFlow Flow(IExamDayProgress progress) => new(settings, http, progress, probe, bareUrl: bare.Length > 0 ? bare : null, killSilo: args.Contains("--kill-silo"));

        var table = ExamDayTable.Markdown(report, settings, mode, urls.Length, pgbench, Value("--command", "exam-day.sh"));
        Console.WriteLine(table);
        foreach (var line in ExamDayTable.Targets(report, settings, mode, urls.Length, pgbench))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine(report.NothingLost ? "nothing lost" : "LOST OR BROKEN: " + string.Join("; ", report.Problems.DefaultIfEmpty("see the checks above")));
        if (Value("--docs", "") is { Length: > 0 } docs)
        {
            ExamDayTable.WriteInto(docs, table);
            Console.WriteLine($"table written into {docs}");
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }

        return report.NothingLost ? 0 : 1;
    }
}
