using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Documents;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Grains;
using CertEngine.Grains.Library;
using CertEngine.Server.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spectre.Console;

namespace CertEngine.Server.Demo;

/// <summary>
/// A whole exam day against the embedded store, on a simulated clock so that 90-minute sittings pass in seconds:
/// a 家政服务员 五级 track, a theory sitting where some candidates hand in and the rest are submitted at the deadline by
/// the attempts themselves, a practical sitting in a room of seven assessors (RULES.md §4) where three score each
/// candidate blind, with one adjudication, and a
/// certificate for each candidate who passed both parts.
/// </summary>
public sealed class ExamDaySimulation(DemoOptions options, TextWriter output, TextWriter error, IAnsiConsole progress, TimeProvider realClock)
{
    private const string TrackKey = "4-10-01-06/家务服务员/5";
    private const string BankId = "4-10-01-06";
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "郭", "马", "胡", "朱", "高", "林", "何", "罗", "郑", "梁", "宋", "韩", "冯"];
    private static readonly string[] GivenNames = ["秀英", "桂英", "玉兰", "淑珍", "红梅", "丽娟", "春燕", "小燕", "海燕", "桂兰", "素芳", "建华", "晓红", "美玲", "翠花", "金凤", "玉梅", "冬梅", "彩霞", "丽萍"];

    /// <summary>Runs the day; returns the exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(realClock.GetUtcNow().ToOffset(ChinaTime.Offset).Date);

        // 08:00 Beijing on today's date; the simulated clock drives every grain's time and timer.
        var clock = new SimulatedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), ChinaTime.Offset));
        using var host = BuildHost(clock);
        await host.StartAsync(cancellationToken);
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var library = host.Services.GetRequiredService<ExamLibrary>();

            // Run again on the same store, the demo holds the next exam day: the day after the last one it held.
            while (await grains.GetGrain<IExamSessionGrain>(TheorySessionId(day)).GetAsync() is not null)
            {
                day = day.AddDays(1);
            }

            clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), ChinaTime.Offset));
            return await RunDayAsync(grains, library, clock, day, cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private async Task<int> RunDayAsync(IGrainFactory grains, ExamLibrary library, SimulatedClock clock, DateOnly day, CancellationToken cancellationToken)
    {
        var version = library.PublishedVersions(BankId).LastOrDefault();
        if (version == 0 || library.FindBank(BankId, version) is not { } bank)
        {
            await error.WriteLineAsync($"error: no published version of bank {BankId} under {options.BankRoot}");
            return 1;
        }

        var templates = CertificateRenderer.Load(CertificateTemplateOptions.Resolve("templates"));
        if (templates is TemplateLoad.Failed failed)
        {
            await error.WriteLineAsync("error: " + string.Join(Environment.NewLine, failed.Problems));
            return 1;
        }

        var renderer = ((TemplateLoad.Loaded)templates).Renderer;

        var random = new Random(day.DayNumber);
        var stamp = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var theorySession = TheorySessionId(day);
        var practicalSession = $"CZ-{stamp}-JN01";
        var track = grains.GetGrain<ICertificationTrackGrain>(TrackKey);
        var candidates = new List<DemoCandidate>();
        var issued = new List<(string Number, string Url)>();
        try
        {
            await progress.Progress().AutoClear(false).StartAsync(async context =>
            {
                var enrol = context.AddTask("报名与资格审核 registration", maxValue: options.Candidates);
                var theory = context.AddTask("理论知识考试 theory", maxValue: 100);
                var practical = context.AddTask("操作技能考核 practical", maxValue: options.Candidates);
                var certify = context.AddTask("发证 certificates", maxValue: options.Candidates);

                Check(await track.OpenAsync(version, "考务管理员"), "open track");
                for (var i = 0; i < options.Candidates; i++)
                {
                    var candidate = NewCandidate(random, day, i);
                    Check(await grains.GetGrain<ICandidateGrain>(candidate.IdNumber).RegisterAsync(
                        new CandidateProfile(candidate.Name, candidate.IdNumber, "长治市潞州区", ["太行家政", "家务服务"]), "考务管理员"), "register");
                    Check(await track.RegisterCandidateAsync(candidate.IdNumber, Evidence(day, random), "考务管理员"), "enrol");
                    candidates.Add(candidate);
                    enrol.Increment(1);
                }

                await SitTheoryAsync(grains, library, bank, version, clock, theorySession, candidates, random, theory);
                await SitPracticalAsync(grains, clock, practicalSession, candidates, random, practical);

                foreach (var candidate in candidates)
                {
                    var reply = await track.IssueCertificateAsync(candidate.IdNumber, "考务管理员");
                    if (reply is { Outcome: "issued", Number: { } number, VerifyUrl: { } url } && await grains.GetGrain<ICertificateGrain>(number).GetAsync() is { } certificate)
                    {
                        renderer.WriteFiles(options.OutputDirectory, certificate.Fields, url);
                        issued.Add((number, url));
                    }

                    certify.Increment(1);
                }
            });
        }
        catch (InvalidOperationException exception)
        {
            // A refused step of the day (a broken bank or track file, say) ends the demo with its reason, not a trace.
            await error.WriteLineAsync("error: " + exception.GetBaseException().Message);
            return 1;
        }

        foreach (var (number, url) in issued)
        {
            await output.WriteLineAsync($"certificate {number} {url}");
        }

        progress.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0} candidates, {1} certificates; files in {2}[/]", candidates.Count, issued.Count, Markup.Escape(options.OutputDirectory));
        return 0;
    }

    private static string TheorySessionId(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"CZ-{day:yyyyMMdd}-LL01");

    private static async Task SitTheoryAsync(
        IGrainFactory grains, ExamLibrary library, Bank bank, int version, SimulatedClock clock, string sessionId,
        List<DemoCandidate> candidates, Random random, ProgressTask task)
    {
        var session = grains.GetGrain<IExamSessionGrain>(sessionId);
        var plan = new SessionPlan(TrackKey, ExamComponent.Theory, "长治市职业技能鉴定中心", "理论机房 301", clock.GetUtcNow().AddMinutes(30), 90,
            ["监考员-李建国", "监考员-王红"], candidates.Select((c, i) => new SeatAssignment(c.IdNumber, i + 1, c.Ticket)).ToList(), [], null);
        Check(await session.ScheduleAsync(plan, "考务管理员"), "schedule theory");
        Check(await session.OpenCheckInAsync("监考员-李建国"), "open check-in");
        await Advance(clock, TimeSpan.FromMinutes(15));
        foreach (var candidate in candidates)
        {
            Check(await session.CheckInAsync(candidate.IdNumber, "监考员-李建国", true), "check in");
        }

        await Advance(clock, TimeSpan.FromMinutes(15));
        Check(await session.StartAsync("监考员-李建国"), "start");
        task.Increment(10);

        var seed = (await session.GetAsync())!.Seed;
        var paperPlan = ((PaperPlanResult.Ready)library.Plan(BankId, version, 5, "家务服务员")).Plan;
        foreach (var (candidate, index) in candidates.Select((c, i) => (c, i)))
        {
            // The simulation re-derives each paper from the seed and seat, as an auditor would, to know the keys.
            var paper = paperPlan.Assemble(seed, index + 1);
            var attempt = grains.GetGrain<IAttemptGrain>($"{sessionId}/{candidate.IdNumber}");
            for (var q = 0; q < paper.Questions.Count; q++)
            {
                if (random.NextDouble() < 0.04)
                {
                    continue;
                }

                var question = paper.Questions[q];
                var item = bank.FindItem(question.ItemId)!;
                var right = random.NextDouble() < candidate.Skill;
                await attempt.SaveAnswerAsync(q, Choice(question, item, right, random));
            }

            task.Increment(60.0 / candidates.Count);
        }

        // Most hand in after an hour; the last fifth never do, and the deadline submits them with no client at all.
        await Advance(clock, TimeSpan.FromMinutes(60));
        foreach (var candidate in candidates.Take(candidates.Count * 4 / 5))
        {
            await grains.GetGrain<IAttemptGrain>($"{sessionId}/{candidate.IdNumber}").SubmitAsync();
        }

        await Advance(clock, TimeSpan.FromMinutes(31));
        foreach (var candidate in candidates)
        {
            candidate.TheoryScore = (await grains.GetGrain<IAttemptGrain>($"{sessionId}/{candidate.IdNumber}").GetResultAsync())?.Score;
        }

        Check(await session.CloseAsync("监考员-李建国", "考试结束"), "close theory");
        task.Value = 100;
    }

    private static async Task SitPracticalAsync(
        IGrainFactory grains, SimulatedClock clock, string sessionId, List<DemoCandidate> candidates, Random random, ProgressTask task)
    {
        // RULES.md §4: a room of 30 needs max(3, ⌈30 ÷ 5⌉) = 6 assessors, rounded up to an odd 7; each candidate is
        // scored by a group of three of them, assigned by the sitting.
        string[] assessors = ["考评员-赵敏", "考评员-孙立", "考评员-周芳", "考评员-吴刚", "考评员-郑丽", "考评员-冯涛", "考评员-陈静"];
        var session = grains.GetGrain<IExamSessionGrain>(sessionId);
        var plan = new SessionPlan(TrackKey, ExamComponent.Practical, "长治市职业技能鉴定中心", "家政实训室 1", clock.GetUtcNow().AddMinutes(30), 90,
            ["监考员-王红"], candidates.Select((c, i) => new SeatAssignment(c.IdNumber, i + 1, c.Ticket)).ToList(), assessors, assessors[0]);
        Check(await session.ScheduleAsync(plan, "考务管理员"), "schedule practical");
        Check(await session.OpenCheckInAsync("监考员-王红"), "open practical check-in");
        foreach (var candidate in candidates)
        {
            Check(await session.CheckInAsync(candidate.IdNumber, "监考员-王红", true), "practical check in");
        }

        await Advance(clock, TimeSpan.FromMinutes(30));
        Check(await session.StartAsync("监考员-王红"), "start practical");
        var adjudicated = false;
        foreach (var candidate in candidates)
        {
            var attempt = grains.GetGrain<IPracticalAttemptGrain>($"{sessionId}/{candidate.IdNumber}");
            var group = 0;
            foreach (var assessor in assessors)
            {
                if (await attempt.GetAssessorViewAsync(assessor) is not { } view)
                {
                    continue;
                }

                group++;
                foreach (var taskView in view.Tasks)
                {
                    // One assessor misreads one candidate's first task badly: the spread sends it to the chief.
                    var outlier = !adjudicated && candidate.Skill > 0.7 && group == 3 && taskView == view.Tasks[0];
                    Check(await attempt.SubmitSheetAsync(assessor, taskView.TaskId, Sheet(taskView, outlier ? 0.3 : candidate.Skill, random)), "score");
                }
            }

            if (!adjudicated && (await attempt.GetStatusAsync())!.Tasks.FirstOrDefault(t => t.State == "adjudication") is { } held)
            {
                Check(await attempt.AdjudicateAsync(assessors[0], held.TaskId, 85, "复看录像：操作规范，小组第三位考评员漏看油网浸泡步骤"), "adjudicate");
                adjudicated = true;
            }

            candidate.PracticalScore = (await attempt.GetStatusAsync())!.Score;
            task.Increment(1);
        }

        Check(await session.CloseAsync("监考员-王红", "考核结束"), "close practical");
    }

    private static ScoreSheet Sheet(TaskAssignment task, double skill, Random random) => new(
        task.Rubric.ToDictionary(r => r.Id, r => Math.Clamp(Math.Round(r.Points * (decimal)Math.Clamp(skill + (random.NextDouble() - 0.5) * 0.08, 0, 1)), 0, r.Points)),
        [], null);

    private static IReadOnlyList<string> Choice(PaperQuestion question, Item item, bool right, Random random)
    {
        if (question.Type == ItemType.Judge)
        {
            // A 判断 key is stored as option A (正确) or B (错误); candidates answer true or false.
            var truth = item.Key[0] is "A" or DisplayLabels.True;
            return [truth == right ? DisplayLabels.True : DisplayLabels.False];
        }

        var labels = new[] { "A", "B", "C", "D", "E", "F" };
        var keyed = question.OptionOrder.Select((stored, i) => (stored, i)).Where(x => item.Key.Contains(x.stored)).Select(x => labels[x.i]).ToList();
        if (right)
        {
            return keyed;
        }

        var wrong = Enumerable.Range(0, question.OptionOrder.Count).Select(i => labels[i]).Except(keyed).ToList();
        return [wrong[random.Next(wrong.Count)]];
    }

    private static IReadOnlyList<Evidence> Evidence(DateOnly day, Random random) =>
    [
        new("work", "work", day.AddYears(-1 - random.Next(6)).AddDays(-random.Next(300)), null, "家政服务员", null, null, null, true, 0),
        new("training", "training", day.AddDays(-20 - random.Next(40)), day.AddDays(-10), null, null, null, null, false, 120 + random.Next(5) * 8),
    ];

    private static DemoCandidate NewCandidate(Random random, DateOnly day, int index)
    {
        var birth = day.AddYears(-24 - random.Next(28)).AddDays(-random.Next(365));
        var body = string.Create(CultureInfo.InvariantCulture, $"140402{birth:yyyyMMdd}{random.Next(1000):000}");
        var name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
        var skill = 0.45 + random.NextDouble() * 0.5;
        return new DemoCandidate(name, body + IdentityNumber.CheckCharacterOf(body), $"{day:yyMMdd}{index + 1:0000}", skill);
    }

    // Advancing fires due grain timers inline; keep that off the caller's thread.
    private static Task Advance(SimulatedClock clock, TimeSpan span) => Task.Run(() => clock.Advance(span));

    private static void Check(CommandReply reply, string step)
    {
        if (!reply.Accepted)
        {
            throw new InvalidOperationException($"{step}: {reply.Refusal}");
        }
    }

    private IHost BuildHost(SimulatedClock clock)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var settings = new CertEngineOptions
        {
            DataDirectory = options.DataDirectory,
            BankRoot = options.BankRoot,
            TracksRoot = options.TracksRoot,
            CertificatesRoot = options.CertificatesRoot,
            SiloPort = FreePort(),
            GatewayPort = FreePort(),
        };
        builder.UseOrleans(silo =>
        {
            silo.AddCertEngineGrains(settings, builder.Configuration);
            silo.Services.AddSingleton(clock);
            silo.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));

            // Only grain time is simulated; the silo's own housekeeping keeps real time, or advancing would spin it.
            foreach (var area in new[] { TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership, TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory })
            {
                silo.Services.AddKeyedSingleton(area, TimeProvider.System);
            }
        });
        return builder.Build();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class DemoCandidate(string name, string idNumber, string ticket, double skill)
    {
        public string Name { get; } = name;

        public string IdNumber { get; } = idNumber;

        public string Ticket { get; } = ticket;

        public double Skill { get; } = skill;

        public decimal? TheoryScore { get; set; }

        public decimal? PracticalScore { get; set; }
    }
}
