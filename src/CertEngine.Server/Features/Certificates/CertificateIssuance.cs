using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// 发证: who in a track is ready to be certified and why the others are not (asked of the track grain, which applies the
/// same rules as issuing), and issuing a bounded batch one candidate after another, each outcome reported. Shared by
/// <see cref="CertificateIssuanceApi"/> and the 发证 page.
/// </summary>
public sealed class CertificateIssuance(IGrainFactory grains, Results.CandidateRowKeys rowKeys)
{
    /// <summary>Candidates per page of the board.</summary>
    public const int PageSize = 100;

    /// <summary>The most candidates one issue request may name (the page sends several requests for more, showing progress).</summary>
    public const int MaxBatch = 50;

    /// <summary>Whether the track is opened.</summary>
    public async Task<TrackSummary?> TrackAsync(string trackKey) => await grains.GetGrain<ICertificationTrackGrain>(trackKey).GetAsync();

    /// <summary>Page <paramref name="page"/> (from 1) of the track's enrolled candidates with their readiness.</summary>
    public async Task<ReadinessBoard> BoardAsync(string trackKey, int page, CancellationToken cancellationToken)
    {
        var track = grains.GetGrain<ICertificationTrackGrain>(trackKey);
        var enrolled = await track.ListEnrolledAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (enrolled.Count + PageSize - 1) / PageSize));
        var lines = new List<ReadinessLine>();
        TrackAttendance? attendance = null;
        foreach (var idNumber in enrolled.Skip((page - 1) * PageSize).Take(PageSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = await LineAsync(track, idNumber);
            if (line.Reason is { } reason && line.State == IssueOutcome.NotReady)
            {
                // The sittings are read once per board, and only when someone on the page is not ready.
                attendance ??= await TrackAttendance.ReadAsync(grains, trackKey);
                line = Explained(line, reason, attendance, await grains.GetGrain<ICandidateGrain>(idNumber).GetResultsAsync(trackKey));
            }

            lines.Add(line);
        }

        return new ReadinessBoard(trackKey, enrolled.Count, page, PageSize, lines);
    }

    /// <summary>
    /// The ID numbers of the track's enrolled candidates whose row keys (<see cref="Results.CandidateRowKeys"/>, what the 发证
    /// page posts instead of ID numbers) are <paramref name="keys"/>; null when any key is unknown (the page is out of date).
    /// </summary>
    public async Task<IReadOnlyList<string>?> ResolveAsync(string trackKey, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = rowKeys.Find(keys, await grains.GetGrain<ICertificationTrackGrain>(trackKey).ListEnrolledAsync());
        return found.Count == keys.Distinct(StringComparer.Ordinal).Count() ? found : null;
    }

    /// <summary>Issues each candidate's certificate in turn (at most <see cref="MaxBatch"/>, duplicates once); one line per candidate.</summary>
    public async Task<IReadOnlyList<IssueLine>> IssueAsync(string trackKey, IReadOnlyList<string> idNumbers, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idNumbers);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(idNumbers.Count, MaxBatch);
        var track = grains.GetGrain<ICertificationTrackGrain>(trackKey);
        var lines = new List<IssueLine>();
        foreach (var idNumber in idNumbers.Select(i => i.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal))
        {
            // A request cut off mid-batch has issued the lines before it; the rest are untouched and the page asks again.
            cancellationToken.ThrowIfCancellationRequested();
            var reply = await track.IssueCertificateAsync(idNumber, actor);
            lines.Add(new IssueLine(idNumber, reply.Outcome, reply.Number, reply.Holds ? null : RefusalWords.Bilingual(reply.Reason, reply.Words), rowKeys.Of(idNumber)));
        }

        return lines;
    }

    // Says per component why a candidate is not ready (缺考, 未通过, 尚未考核), and where results not yet published for 公示 are
    // published: the page of the batch of their latest sitting, or the 公示 page for sittings in none.
    private static ReadinessLine Explained(ReadinessLine line, Refusal reason, TrackAttendance attendance, IReadOnlyList<ComponentResultRecord> results)
    {
        var explained = attendance.Explain(line.IdNumber, reason, results);
        var publishAt = reason.Cause?.Code == RefusalCode.PublicityNotPublished
            ? attendance.BatchOf(line.IdNumber) is { } batch ? "/admin/batches/" + Uri.EscapeDataString(batch) : "/admin/publicity"
            : null;
        return line with { Reason = explained, Words = RefusalWords.Bilingual(explained), PublishAt = publishAt };
    }

    private async Task<ReadinessLine> LineAsync(ICertificationTrackGrain track, string idNumber)
    {
        var name = (await grains.GetGrain<ICandidateGrain>(idNumber).GetAsync())?.Profile.Name ?? "";
        var check = await track.CheckCertificateAsync(idNumber);
        string? status = null;
        if (check.Number is { } number)
        {
            status = (await grains.GetGrain<ICertificateGrain>(number).GetAsync())?.Status;
        }

        return new ReadinessLine(idNumber, name, check.Outcome, check.Number, status, check.Reason,
            check.Outcome is IssueOutcome.Issued or IssueOutcome.AlreadyIssued ? null : RefusalWords.Bilingual(check.Reason, check.Words));
    }
}
