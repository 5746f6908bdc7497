using CertEngine.Domain;
using CertEngine.Domain.Publicity;
using CertEngine.Domain.Tracks;
using CertEngine.Server.Features.Publicity;
using CertEngine.Server.Web.Localization;
using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Records.Publicity;
using CertEngine.Storage.Records.Results;
using CertEngine.Storage.Records.Supervision;

namespace CertEngine.Server.Demo;

/// <summary>
/// The demo day's 成绩公示: the day's complete results published for objection, one objection lodged by a candidate who
/// passed and answered by the manager during the period, the simulated clock moved to the day after the period, and the
/// objection closed once the first round of issuing has shown it holding that certificate back.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="services">The demo host's services (the record store).</param>
/// <param name="clock">The simulated clock.</param>
/// <param name="tracksRoot">The tracks folder (its working-day calendar).</param>
internal sealed class DemoPublicity(IGrainFactory grains, IServiceProvider services, SimulatedClock clock, string tracksRoot)
{
    private readonly IPublicityRecords _records = services.GetRequiredService<IPublicityRecords>();
    private ObjectionDesk? _desk;
    private string? _objection;

    /// <summary>The candidate whose objection holds their certificate back until <see cref="CloseObjectionAsync"/>.</summary>
    public string? Objector { get; private set; }

    /// <summary>Publishes the day's results, lodges and answers one objection, and moves the clock past the period; the notice's id.</summary>
    public async Task<string> PublishAsync(Track track, DateOnly day, TextWriter error)
    {
        var calendar = new PublicityCalendar(tracksRoot);
        var covered = DemoCalendar(calendar, day, error);
        var publication = new ResultPublication(grains, services.GetRequiredService<IResultRecords>(), _records, covered, clock,
            services.GetRequiredService<ISupervisionRecords>(), services.GetRequiredService<IBatchRecords>());
        _desk = new ObjectionDesk(grains, _records, clock);
        var outcome = await publication.PublishRangeAsync(track.Key.ToString(), day, day, ExamDaySimulation.Actor, CancellationToken.None);
        if (outcome is not PublicationOutcome.Published { Notice: var notice })
        {
            throw new InvalidOperationException("成绩公示 publish results: " + (outcome is PublicationOutcome.Refused r ? RefusalWords.Bilingual(r.Why) : outcome.ToString()));
        }

        // Two hours later a candidate who passed disputes a score; the manager answers the next morning, within the period.
        await ExamDaySimulation.Advance(clock, TimeSpan.FromHours(2));
        if ((await _records.LinesAsync(notice.PublicityId, 0, IPublicityRecords.MaxLines)).FirstOrDefault(l => l.Passed) is { } line)
        {
            await _desk.LodgeAsync(notice.PublicityId, line.Ticket, line.IdNumber, "理论成绩与我估算的不一致，申请复核。", CancellationToken.None);
            var open = await _desk.ListAsync(PublicityObjectionStatus.Open, notice.PublicityId, 1, CancellationToken.None);
            _objection = open.Count > 0 ? open[0].ObjectionId : null;
            Objector = line.IdNumber;
            await ExamDaySimulation.Advance(clock, TimeSpan.FromHours(18));
            if (_objection is not null)
            {
                Refuse(await _desk.AnswerAsync(_objection, "经复核答题记录与评分，成绩无误。", ExamDaySimulation.Actor, CancellationToken.None), "answer objection");
            }
        }

        // Certificates follow the period: 09:00 on the first day after its last working day.
        var after = new DateTimeOffset(notice.EndsOn.AddDays(1).ToDateTime(new TimeOnly(9, 0)), ChinaTime.Offset);
        await ExamDaySimulation.Advance(clock, after - clock.GetUtcNow());
        return notice.PublicityId;
    }

    /// <summary>Closes the objection, releasing the certificate it held back.</summary>
    public async Task CloseObjectionAsync()
    {
        if (_desk is not null && _objection is not null)
        {
            Refuse(await _desk.CloseAsync(_objection, ExamDaySimulation.Actor, CancellationToken.None), "close objection");
        }
    }

    private static void Refuse(CertEngine.Contracts.Refusal? refused, string step)
    {
        if (refused is not null)
        {
            throw new InvalidOperationException($"{step}: {RefusalWords.Bilingual(refused)}");
        }
    }

    // The shipped calendar knows the years the State Council has announced. A demo held later than that still runs: the
    // missing years count Monday to Friday, and the demo says so (a real publication is refused instead).
    private static PublicityCalendar DemoCalendar(PublicityCalendar calendar, DateOnly day, TextWriter error)
    {
        var missing = new[] { day.Year, day.Year + 1 }.Where(y => !calendar.Calendar.Covers(y)).ToList();
        if (missing.Count == 0)
        {
            return calendar;
        }

        error.WriteLine($"warning: 工作日日历缺少 {string.Join("、", missing)} 年，演示按周一至周五计算 (the calendar lacks {string.Join(", ", missing)}; the demo counts Monday to Friday)");
        return new PublicityCalendar(WorkingDayCalendar.Create(calendar.Calendar.Years.Concat(missing.Select(y => new CalendarYear(y, "演示 demo", [], [])))));
    }
}
