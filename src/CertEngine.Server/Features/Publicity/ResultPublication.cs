using System.Security.Cryptography;
using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Certificates;
using CertEngine.Domain.Publicity;
using CertEngine.Domain.Supervision;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Records.Publicity;
using CertEngine.Storage.Records.Results;
using CertEngine.Storage.Records.Supervision;

namespace CertEngine.Server.Features.Publicity;

/// <summary>
/// 成绩公示: publishes a closed sitting's results, or a track's complete results in a date range, for objection, with
/// the period counted in working days on the <see cref="PublicityCalendar"/> from the track's setting; and reads a notice
/// for the public page (masked lines only). Lines are taken from the record store's component results (each candidate's
/// latest result per component in the track), never from grain state. Under 逢考必督 (<c>supervision: required</c>) a notice
/// waits until every sitting its lines come from has a signed supervision record. Shared by <see cref="PublicityApi"/> and the pages.
/// </summary>
public sealed class ResultPublication(
    IGrainFactory grains, IResultRecords results, IPublicityRecords records, PublicityCalendar calendar, TimeProvider clock, ISupervisionRecords supervision,
    IBatchRecords batches)
{
    /// <summary>The longest date range one notice may cover, in days.</summary>
    public const int MaxRangeDays = 366;

    /// <summary>The most result rows read for one notice.</summary>
    private const int MaxRows = 50_000;

    private const int RowPage = 1_000;

    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>Publishes a closed sitting's results: every roster candidate with a result in it, with their results in the track's other components.</summary>
    public async Task<PublicationOutcome> PublishSittingAsync(string sessionId, string actor, CancellationToken cancellationToken)
    {
        var session = grains.GetGrain<IExamSessionGrain>(sessionId);
        if (await session.GetAsync() is not { } snapshot)
        {
            return new PublicationOutcome.Missing($"没有场次 {sessionId} (no such sitting)");
        }

        if (await grains.GetGrain<ICertificationTrackGrain>(snapshot.Plan.TrackKey).GetAsync() is not { } track)
        {
            return new PublicationOutcome.Missing($"认定项目 {snapshot.Plan.TrackKey} 未开设 (track not opened)");
        }

        if (Refusal(track) is { } off)
        {
            return off;
        }

        if (snapshot.Status != SessionStatus.Closed)
        {
            return Refuse(PublicityRefusal.SittingNotClosed);
        }

        if (await records.FindBySittingAsync(snapshot.Id, cancellationToken) is { } earlier)
        {
            return Refuse(Refused.Of(PublicityRefusal.AlreadyPublished, earlier.PublicityId));
        }

        var (sat, roster, missing) = await SatAsync(snapshot, session, cancellationToken);
        if (missing > 0)
        {
            return Refuse(Refused.Of(PublicityRefusal.ResultsIncomplete, missing));
        }

        var tickets = roster.Where(l => sat.Contains(l.IdNumber)).ToDictionary(l => l.IdNumber, l => l.Ticket, StringComparer.Ordinal);
        var rows = await TrackRowsAsync(track.Key, tickets.Keys.ToHashSet(StringComparer.Ordinal), cancellationToken);
        return await PublishAsync(track, snapshot.Id, null, null, rows, id => Task.FromResult(tickets.GetValueOrDefault(id, "")), actor, cancellationToken);
    }

    /// <summary>
    /// Publishes a track's candidates whose results are complete (every component has one) with the latest of them sat
    /// from <paramref name="from"/> to <paramref name="to"/>, both inclusive.
    /// </summary>
    public async Task<PublicationOutcome> PublishRangeAsync(string trackKey, DateOnly from, DateOnly to, string actor, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICertificationTrackGrain>(trackKey).GetAsync() is not { } track)
        {
            return new PublicationOutcome.Missing($"认定项目 {trackKey} 未开设 (track not opened)");
        }

        if (Refusal(track) is { } off)
        {
            return off;
        }

        var components = track.Components.Select(c => c.Component.ToString()).ToList();
        var complete = (await TrackRowsAsync(track.Key, null, cancellationToken))
            .GroupBy(r => r.IdNumber)
            .Where(g => components.All(c => g.Any(r => r.Component == c)))
            .Where(g => Latest(g, components).Max(r => r.ExamDate) is var last && last >= from && last <= to)
            .SelectMany(g => g).ToList();
        var rosters = new Dictionary<string, IReadOnlyList<RosterLine>>(StringComparer.Ordinal);
        async Task<string> TicketAsync(string idNumber)
        {
            // The ticket of the candidate's latest sitting in the track that has them on its roster: one roster read per sitting.
            foreach (var row in complete.Where(r => r.IdNumber == idNumber).OrderByDescending(r => r.At))
            {
                if (!rosters.TryGetValue(row.SessionId, out var roster))
                {
                    roster = rosters[row.SessionId] = await grains.GetGrain<IExamSessionGrain>(row.SessionId).GetRosterAsync();
                }

                if (roster.FirstOrDefault(l => l.IdNumber == idNumber) is { } line)
                {
                    return line.Ticket;
                }
            }

            return "";
        }

        return await PublishAsync(track, "", from, to, complete, TicketAsync, actor, cancellationToken);
    }

    /// <summary>
    /// Publishes an exam batch's (批次) results once every sitting of the batch is closed (cancelled ones aside) and everyone
    /// checked in to it has a result there: its candidates who sat in the batch and whose results in the track are
    /// complete, each with the one ticket they hold in the batch (<paramref name="tickets"/>, by ID number). A component
    /// sat in the batch shows the batch's result (a later sitting elsewhere does not change the notice); one not sat in the
    /// batch shows the result carried over from before the batch's last day (成绩保留). The notice names the batch in place of
    /// a sitting (a batch is published once) and shows its days; its sittings (and only they, not the track's other sittings
    /// on those days) no longer wait.
    /// </summary>
    public async Task<PublicationOutcome> PublishBatchAsync(BatchRow batch, IReadOnlyDictionary<string, string> tickets, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(tickets);
        if (await grains.GetGrain<ICertificationTrackGrain>(batch.TrackKey).GetAsync() is not { } track)
        {
            return new PublicationOutcome.Missing($"认定项目 {batch.TrackKey} 未开设 (track not opened)");
        }

        if (Refusal(track) is { } off)
        {
            return off;
        }

        if (await records.FindBySittingAsync(batch.BatchId, cancellationToken) is { } earlier)
        {
            return Refuse(Refused.Of(PublicityRefusal.AlreadyPublished, earlier.PublicityId));
        }

        var sittings = (await batches.SittingsAsync(batch.BatchId, cancellationToken)).Order(StringComparer.Ordinal).ToList();
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sessionId in sittings)
        {
            var session = grains.GetGrain<IExamSessionGrain>(sessionId);
            if (await session.GetAsync() is not { Status: not SessionStatus.Cancelled } snapshot)
            {
                continue;
            }

            if (snapshot.Status != SessionStatus.Closed)
            {
                return Refuse(Refused.Of(PublicityRefusal.BatchSittingNotClosed, sessionId));
            }

            if ((await SatAsync(snapshot, session, cancellationToken)).Missing is > 0 and var missing)
            {
                return Refuse(Refused.Of(PublicityRefusal.BatchResultsIncomplete, sessionId, missing));
            }

            held.Add(sessionId);
        }

        var components = track.Components.Select(c => c.Component.ToString()).ToList();
        var complete = (await TrackRowsAsync(track.Key, tickets.Keys.ToHashSet(StringComparer.Ordinal), cancellationToken))
            .GroupBy(r => r.IdNumber)
            .Select(g => BatchRows(g, held, batch.LastDay))
            .Where(g => g.Any(r => held.Contains(r.SessionId)) && components.All(c => g.Any(r => r.Component == c)))
            .SelectMany(g => g).ToList();
        return await PublishAsync(track, batch.BatchId, batch.FirstDay, batch.LastDay, complete, id => Task.FromResult(tickets.GetValueOrDefault(id, "")), actor, cancellationToken);
    }

    /// <summary>The notice as the public sees it, or null.</summary>
    public async Task<PublicityView?> ViewAsync(string publicityId, CancellationToken cancellationToken)
    {
        if (await records.FindAsync(publicityId, cancellationToken) is not { } notice)
        {
            return null;
        }

        var title = (await grains.GetGrain<ICertificationTrackGrain>(notice.TrackKey).GetAsync())?.Title ?? notice.TrackKey;
        var lines = await records.LinesAsync(notice.PublicityId, 0, IPublicityRecords.MaxLines, cancellationToken);
        return new PublicityView(notice.PublicityId, title, notice.TrackKey, notice.SessionId, notice.From, notice.To, notice.Components,
            notice.StartsOn, notice.EndsOn, notice.WorkingDays, ChinaTime.Today(clock) <= notice.EndsOn, notice.PublishedAt,
            [.. lines.Select(l => new PublicLine(l.Ticket, l.MaskedName, l.MaskedId, l.Occupation, l.WorkType, l.Level, l.Scores, l.Passed))]);
    }

    /// <summary>Notices newest first, of one track or all, a page (from 1) of <see cref="IPublicityRecords.MaxTake"/>.</summary>
    public Task<IReadOnlyList<PublicityNotice>> ListAsync(string? trackKey, int page, CancellationToken cancellationToken) =>
        records.ListAsync(trackKey, (long)(Math.Max(1, page) - 1) * IPublicityRecords.MaxTake, IPublicityRecords.MaxTake, cancellationToken);

    /// <summary>
    /// The closed sittings among <paramref name="sittings"/> (id, track, start, batch) whose results still wait for 公示:
    /// their track has it on, no notice of the sitting, none of its batch (a batch notice covers the batch's sittings
    /// only, not the track's other sittings on the batch's days) and no date-range notice of the track covering its date.
    /// </summary>
    public async Task<IReadOnlyList<string>> WaitingAsync(
        IReadOnlyList<(string SessionId, string TrackKey, DateTimeOffset StartsAt, string? BatchId)> sittings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sittings);
        var published = await records.PublishedSittingsAsync([.. sittings.Select(s => s.SessionId), .. sittings.Select(s => s.BatchId).OfType<string>()], cancellationToken);
        var waiting = new List<string>();
        foreach (var track in sittings.Where(s => !published.Contains(s.SessionId) && (s.BatchId is null || !published.Contains(s.BatchId))).GroupBy(s => s.TrackKey))
        {
            if (await grains.GetGrain<ICertificationTrackGrain>(track.Key).GetAsync() is not { PublicityWorkingDays: > 0 })
            {
                continue;
            }

            // A range notice names no sitting; a batch notice also has days but names its batch, and covers only its sittings (above).
            var ranges = (await records.ListAsync(track.Key, 0, IPublicityRecords.MaxTake, cancellationToken)).Where(n => n.From is not null && n.SessionId.Length == 0).ToList();
            waiting.AddRange(track.Where(s => !ranges.Any(n => ChinaTime.DateOf(s.StartsAt) >= n.From && ChinaTime.DateOf(s.StartsAt) <= n.To)).Select(s => s.SessionId));
        }

        return waiting;
    }

    /// <summary>
    /// When certificates held by 公示 become issuable: the candidates listed as passed in notices still running today,
    /// without a certificate of the track, counted by the period's last day (issuable from the day after), the soonest
    /// <paramref name="days"/> days.
    /// </summary>
    public Task<IReadOnlyList<PublicityEnding>> EndingAsync(int days, CancellationToken cancellationToken) =>
        records.EndingAsync(ChinaTime.Today(clock), days, cancellationToken);

    private static PublicationOutcome.Refused Refuse(Refused<PublicityRefusal> refused) => new(refused.ToReply());

    /// <summary>
    /// A member's rows a batch notice reads: per component, the batch's own results if the member sat it in the batch,
    /// otherwise those carried over, sat on or before the batch's last day.
    /// </summary>
    private static List<ResultRow> BatchRows(IEnumerable<ResultRow> member, HashSet<string> held, DateOnly lastDay) =>
        member.GroupBy(r => r.Component, StringComparer.Ordinal)
            .SelectMany(c => c.Any(r => held.Contains(r.SessionId)) ? c.Where(r => held.Contains(r.SessionId)) : c.Where(r => r.ExamDate <= lastDay))
            .ToList();

    /// <summary>Who has a result in the sitting's component, its roster, and how many checked in (not absent) have none.</summary>
    private async Task<(HashSet<string> Sat, IReadOnlyList<RosterLine> Roster, int Missing)> SatAsync(SessionSnapshot snapshot, IExamSessionGrain session,
        CancellationToken cancellationToken)
    {
        var component = snapshot.Plan.Component.ToString();
        var sat = (await results.SittingResultsAsync(snapshot.Id, IPublicityRecords.MaxLines + 1, cancellationToken))
            .Where(r => r.Component == component).Select(r => r.IdNumber).ToHashSet(StringComparer.Ordinal);
        var roster = await session.GetRosterAsync();
        return (sat, roster, roster.Count(l => l.CheckedIn && !l.Absent && !sat.Contains(l.IdNumber)));
    }

    private static PublicationOutcome.Refused? Refusal(TrackSummary track) =>
        track.PublicityWorkingDays > 0 ? null : Refuse(Refused.Of(PublicityRefusal.TrackOff, track.Key));

    private static IEnumerable<ResultRow> Latest(IEnumerable<ResultRow> rows, IReadOnlyList<string> components) =>
        components.Select(c => rows.Where(r => r.Component == c).MaxBy(r => r.At)).OfType<ResultRow>();

    private async Task<PublicationOutcome> PublishAsync(TrackSummary track, string sessionId, DateOnly? from, DateOnly? to, IReadOnlyList<ResultRow> rows,
        Func<string, Task<string>> ticketOf, string actor, CancellationToken cancellationToken)
    {
        var components = track.Components.Select(c => c.Component.ToString()).ToList();
        var candidates = rows.GroupBy(r => r.IdNumber).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return Refuse(PublicityRefusal.NothingToPublish);
        }

        if (candidates.Count > IPublicityRecords.MaxLines)
        {
            return Refuse(Refused.Of(PublicityRefusal.TooManyLines, IPublicityRecords.MaxLines));
        }

        if (track.SupervisionRequired && await UnsignedAsync(candidates.SelectMany(c => Latest(c, components)), cancellationToken) is { } unsigned)
        {
            return new PublicationOutcome.Refused(unsigned.ToReply());
        }

        var now = clock.GetUtcNow();
        var outcome = calendar.Calendar.Period(ChinaTime.DateOf(now), Math.Min(track.PublicityWorkingDays, PublicityRule.MaxWorkingDays));
        if (outcome is PeriodOutcome.NotCovered notCovered)
        {
            return Refuse(Refused.Of(PublicityRefusal.CalendarNotCovered, notCovered.Year));
        }

        var counted = (PeriodOutcome.Counted)outcome;

        var workType = WorkTypeOf(track.Key);
        var lines = new List<PublicityLine>();
        foreach (var candidate in candidates)
        {
            var latest = components.Select(c => candidate.Where(r => r.Component == c).MaxBy(r => r.At)).ToList();
            lines.Add(new PublicityLine(candidate.Key, await ticketOf(candidate.Key), PublicCertificateView.MaskName(candidate.First().Name), IdentityNumber.Mask(candidate.Key),
                track.OccupationName, workType, track.LevelDisplay, [.. latest.Select(r => r?.Score)], latest.All(r => r is { Passed: true })));
        }

        var notice = new PublicityNotice(NewId(now), track.Key, sessionId, from, to, components, counted.Period.Start, counted.Period.End,
            counted.Period.WorkingDays, lines.Count, actor, now);
        if (!await records.PublishAsync(notice, lines, cancellationToken))
        {
            throw new InvalidOperationException($"公示编号 {notice.PublicityId} 已被占用 (the notice id is taken; publish again)");
        }

        await grains.GetGrain<IAuditTrailGrain>(Subject(notice.PublicityId)).AppendAsync([new AuditRecord(now, actor, "publicity.published", Subject(notice.PublicityId), "",
            $"{track.Key} {(sessionId.Length > 0 ? "sitting " + sessionId : $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}")}: {lines.Count} lines, {lines.Count(l => l.Passed)} passed; " +
            $"period {notice.StartsOn:yyyy-MM-dd}..{notice.EndsOn:yyyy-MM-dd} ({notice.WorkingDays} working days)")]);
        return new PublicationOutcome.Published(notice with { LineCount = lines.Count });
    }

    // 逢考必督: the first sitting (by id) the lines' latest results come from whose supervision record is not signed.
    private async Task<Refused<SupervisionRefusal>?> UnsignedAsync(IEnumerable<ResultRow> latest, CancellationToken cancellationToken)
    {
        var sittings = latest.Select(r => r.SessionId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var signed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in sittings.Chunk(ISupervisionRecords.MaxSittings))
        {
            signed.UnionWith(await supervision.SignedAsync(chunk, cancellationToken));
        }

        return SupervisionGate.Waits(SupervisionRule.RequiredForEverySitting, sittings, signed);
    }

    /// <summary>The audit subject of a notice (its objections are audited there too).</summary>
    public static string Subject(string publicityId) => "publicity/" + publicityId;

    /// <summary>工种 from a track key (<c>occupation/工种/level</c>), empty when it has none.</summary>
    private static string WorkTypeOf(string trackKey)
    {
        var parts = trackKey.Split('/');
        return parts.Length == 3 && !parts[0].Equals("专项", StringComparison.Ordinal) ? parts[1] : "";
    }

    private async Task<IReadOnlyList<ResultRow>> TrackRowsAsync(string trackKey, HashSet<string>? only, CancellationToken cancellationToken)
    {
        var rows = new List<ResultRow>();
        for (long skip = 0; skip < MaxRows; skip += RowPage)
        {
            var page = await results.TrackResultsAsync(trackKey, skip, RowPage, cancellationToken);
            rows.AddRange(only is null ? page : page.Where(r => only.Contains(r.IdNumber)));
            if (page.Count < RowPage)
            {
                break;
            }
        }

        return rows;
    }

    // Publicly addressed, so not a counter: the date it was published and six random letters no one guesses in bulk.
    private static string NewId(DateTimeOffset now) =>
        ChinaTime.DateOf(now).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-" +
        new string(RandomNumberGenerator.GetItems<char>(Alphabet, 6));
}
