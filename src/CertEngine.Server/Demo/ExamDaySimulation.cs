using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Documents;
using CertEngine.Domain;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using CertEngine.Server.Hosting;
using CertEngine.Server.Hosting.Options;
using CertEngine.Server.Web.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spectre.Console;

namespace CertEngine.Server.Demo;

/// <summary>
/// A whole exam day against the embedded store, on a simulated clock so that 90-minute sittings pass in seconds, on one
/// track (家政服务员（家务服务员）五级 unless another is named): the candidates register against its 申报条件; a theory
/// sitting, when the track has one, where some candidates hand in and the rest are submitted at the deadline by the
/// attempts themselves; a practical sitting, when it has one, in a room of at least seven assessors (RULES.md §4) where
/// a group of them scores each candidate blind, with one adjudication; a 综合评审, when it has one, before an odd panel;
/// the theory sitting's supervision record filed and signed by its 督导员 (<see cref="DemoSupervision"/>);
/// a certificate of the track's occupation for each candidate who passed every part; and the day's reports (the
/// certificates in the national fields and the 培训补贴 claims list, <see cref="DemoReports"/>), each file named in a
/// <c>wrote &lt;path&gt;</c> line.
/// </summary>
public sealed class ExamDaySimulation(DemoOptions options, TextWriter output, TextWriter error, IAnsiConsole progress, TimeProvider realClock)
{
    /// <summary>Who schedules, registers and issues on a demo day.</summary>
    internal const string Actor = "考务管理员";

    /// <summary>Runs the day; returns the exit code (0 done, 1 a step was refused or the data is broken, 2 an unknown track).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Looked up before the silo starts: a mistyped key opens no store.
        switch (DemoTrackLookup.Find(options.BankRoot, options.TracksRoot, options.TrackKey))
        {
            case DemoTrackLookup.Unknown unknown:
                await error.WriteLineAsync($"error: 没有认定项目 {unknown.Key} (unknown track '{unknown.Key}'); 可用 known tracks: {string.Join(", ", unknown.Known)}");
                return 2;
            case DemoTrackLookup.NotRunnable refused:
                await error.WriteLineAsync($"error: 认定项目 {refused.Key} 无法模拟 (the demo cannot run track '{refused.Key}'): {refused.Reason}");
                return 1;
            case DemoTrackLookup.Broken broken:
                await error.WriteLineAsync("error: 认定方案数据有误 (track data invalid):" + Environment.NewLine + string.Join(Environment.NewLine, broken.Problems));
                return 1;
            case DemoTrackLookup.Found found:
                return await RunAsync(found.Track, cancellationToken);
            default:
                throw new InvalidOperationException("unhandled track lookup");
        }
    }

    private async Task<int> RunAsync(Track shipped, CancellationToken cancellationToken)
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
            while (await DayTakenAsync(grains, day))
            {
                day = day.AddDays(1);
            }

            clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), ChinaTime.Offset));
            return await RunDayAsync(grains, host.Services, library, shipped, clock, day);
        }
        catch (InvalidOperationException exception)
        {
            // A refused step of the day (a broken bank or track file, say) ends the demo with its reason, not a trace.
            await error.WriteLineAsync("error: " + exception.GetBaseException().Message);
            return 1;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private async Task<int> RunDayAsync(IGrainFactory grains, IServiceProvider services, ExamLibrary library, Track shipped, SimulatedClock clock, DateOnly day)
    {
        var key = shipped.Key;
        if (await library.FindBankAsync(shipped.BankId, shipped.BankVersion) is not { } bank)
        {
            await error.WriteLineAsync($"error: no published version {shipped.BankVersion} of bank {shipped.BankId} under {options.BankRoot}");
            return 1;
        }

        var templates = CertificateRenderer.Load(CertificateTemplateOptions.Resolve("templates"));
        if (templates is TemplateLoad.Failed failed)
        {
            await error.WriteLineAsync("error: " + string.Join(Environment.NewLine, failed.Problems));
            return 1;
        }

        var renderer = ((TemplateLoad.Loaded)templates).Renderer;

        // The track as the store pins it: a track opened before keeps its rules version (0 = the shipped files).
        var trackGrain = grains.GetGrain<ICertificationTrackGrain>(key.ToString());
        Check(await trackGrain.OpenAsync(shipped.BankVersion, Actor), "open track");
        var summary = (await trackGrain.GetAsync())!;
        if (await library.CreateTrackAsync(key, summary.BankVersion, summary.RulesVersion) is not TrackOutcome.Created { Track: var track })
        {
            await error.WriteLineAsync($"error: track {key} does not build on bank version {summary.BankVersion}, rules version {summary.RulesVersion}");
            return 1;
        }

        progress.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0} ({1}): bank {2} v{3}, rules v{4}[/]",
            Markup.Escape(track.Title), Markup.Escape(key.ToString()), Markup.Escape(track.BankId), track.BankVersion, summary.RulesVersion);
        var random = new Random(day.DayNumber);
        var candidates = new List<DemoCandidate>();
        var issued = new List<(string Number, string Url, string IdNumber)>();
        var notices = new List<string>();
        Features.Supervision.SupervisionRecordView? supervised = null;
        await progress.Progress().AutoClear(false).StartAsync(async context =>
        {
            var enrol = context.AddTask("报名与资格审核 registration", maxValue: options.Candidates);
            var theory = track.Component(ComponentKind.Theory);
            var theoryBar = theory is null ? null : context.AddTask("理论知识考试 theory", maxValue: 100);
            var practical = track.Component(ComponentKind.Practical);
            var practicalBar = practical is null ? null : context.AddTask("操作技能考核 practical", maxValue: options.Candidates);
            var review = track.Component(ComponentKind.Review);
            var reviewBar = review is null ? null : context.AddTask("综合评审 review", maxValue: options.Candidates);
            var certify = context.AddTask("发证 certificates", maxValue: options.Candidates);

            for (var i = 0; i < options.Candidates; i++)
            {
                var candidate = DemoCandidate.New(random, day, i);
                Check(await grains.GetGrain<ICandidateGrain>(candidate.IdNumber).RegisterAsync(
                    new CandidateProfile(candidate.Name, candidate.IdNumber, "长治市潞州区", ["太行家政", track.OccupationName]), Actor), "register");
                // The demo stands in for the reviewer (资格审核): its made-up evidence counts as checked, so a reviewed route admits at once.
                var evidence = DemoCandidate.Evidence(track, bank.Occupation.Levels, day, random);
                Check(await trackGrain.EnrolCheckedAsync(candidate.IdNumber, evidence, evidence.Select(e => e.Id).ToArray(), Actor), "enrol");
                candidates.Add(candidate);
                enrol.Increment(1);
            }

            if (theory is not null)
            {
                await DemoSupervision.EnsureAccountAsync(grains);
                await DemoTheorySitting.SitAsync(grains, library, bank, track, theory, clock, SessionId(day, ExamComponent.Theory), candidates, random, theoryBar!);
                // 逢考必督: the sitting's 督导员 files and signs its record once it is closed.
                supervised = await DemoSupervision.SignAsync(grains, services, clock, options.TracksRoot, SessionId(day, ExamComponent.Theory));
            }

            if (practical is not null)
            {
                var room = new DemoRoom(SessionId(day, ExamComponent.Practical), ExamComponent.Practical, $"{track.OccupationName}实训室 1", practical.Minutes);
                await DemoScoredSitting.SitAsync(grains, track, room, clock, candidates, random, practicalBar!);
            }

            if (review is not null)
            {
                var room = new DemoRoom(SessionId(day, ExamComponent.Review), ExamComponent.Review, "综合评审室 1", review.Minutes);
                await DemoScoredSitting.SitAsync(grains, track, room, clock, candidates, random, reviewBar!);
            }

            // 成绩公示 (when the track has it): published, one objection lodged and answered, the clock past the period.
            var publicity = track.Publicity.Required ? new DemoPublicity(grains, services, clock, options.TracksRoot) : null;
            if (publicity is not null)
            {
                notices.Add(await publicity.PublishAsync(track, day, error));
            }

            foreach (var candidate in candidates)
            {
                await IssueAsync(candidate.IdNumber);
                certify.Increment(1);
            }

            // The objection held its candidate's certificate back; closed, the certificate follows.
            if (publicity?.Objector is { } held && !issued.Any(i => i.IdNumber == held))
            {
                await publicity.CloseObjectionAsync();
                await IssueAsync(held);
            }

            certify.Value = certify.MaxValue;
        });

        async Task IssueAsync(string idNumber)
        {
            var reply = await trackGrain.IssueCertificateAsync(idNumber, Actor);
            if (reply is { Outcome: IssueOutcome.Issued, Number: { } number, VerifyUrl: { } url } && await grains.GetGrain<ICertificateGrain>(number).GetAsync() is { } certificate)
            {
                renderer.WriteFiles(options.OutputDirectory, certificate.Fields, url);
                issued.Add((number, url, idNumber));
            }
        }

        // The reports of the day on its clock: the certificates in the national fields and the 培训补贴 claims list.
        var reports = await DemoReports.WriteAsync(services, options, clock, day, error);

        foreach (var notice in notices)
        {
            await output.WriteLineAsync($"results {services.GetRequiredService<CertificateAuthority>().PublicBaseUrl}/results/{notice}");
        }

        foreach (var (number, url, _) in issued)
        {
            await output.WriteLineAsync($"certificate {number} {url}");
        }

        foreach (var path in reports)
        {
            await output.WriteLineAsync($"wrote {path}");
        }

        Summary(progress, supervised?.RecordId, supervised?.SupervisorName, candidates.Count, issued.Count, options.OutputDirectory);
        return 0;
    }

    /// <summary>
    /// The day's last lines on the progress console, laid out to fit an 80-column terminal: the record id and the
    /// signer on lines of their own, the output folder written as is (a long path is never broken by a hard line
    /// break, so it can still be copied whole).
    /// </summary>
    internal static void Summary(IAnsiConsole console, string? recordId, string? supervisor, int candidates, int certificates, string outputDirectory)
    {
        if (recordId is not null)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[grey]督导记录 supervision record {0}[/]", Markup.Escape(recordId));
            console.MarkupLine(CultureInfo.InvariantCulture, "[grey]  签名 signed by {0}[/]", Markup.Escape(supervisor ?? ""));
        }

        console.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0} candidates, {1} certificates[/]", candidates, certificates);
        console.Profile.Out.Writer.WriteLine("文件 files: " + outputDirectory);
    }

    /// <summary>The sitting of one component on one day: 理论 LL01, 技能 JN01, 综合评审 PS01.</summary>
    private static string SessionId(DateOnly day, ExamComponent component) => component switch
    {
        ExamComponent.Theory => string.Create(CultureInfo.InvariantCulture, $"CZ-{day:yyyyMMdd}-LL01"),
        ExamComponent.Practical => string.Create(CultureInfo.InvariantCulture, $"CZ-{day:yyyyMMdd}-JN01"),
        _ => string.Create(CultureInfo.InvariantCulture, $"CZ-{day:yyyyMMdd}-PS01"),
    };

    private static async Task<bool> DayTakenAsync(IGrainFactory grains, DateOnly day)
    {
        foreach (var component in new[] { ExamComponent.Theory, ExamComponent.Practical, ExamComponent.Review })
        {
            if (await grains.GetGrain<IExamSessionGrain>(SessionId(day, component)).GetAsync() is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Staff names: the demo's usual ones first, numbered ones after them when a large sitting needs more.</summary>
    internal static IReadOnlyList<string> Staff(string role, IReadOnlyList<string> names, int count) =>
        Enumerable.Range(0, count).Select(i => i < names.Count ? names[i] : string.Create(CultureInfo.InvariantCulture, $"{role}-{i + 1:000}")).ToList();

    // Advancing fires due grain timers inline; keep that off the caller's thread.
    internal static Task Advance(SimulatedClock clock, TimeSpan span) => Task.Run(() => clock.Advance(span));

    internal static void Check(CommandReply reply, string step)
    {
        if (!reply.Accepted)
        {
            throw new InvalidOperationException($"{step}: {RefusalWords.Bilingual(reply)}");
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
}
