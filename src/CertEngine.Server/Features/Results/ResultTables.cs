using System.Globalization;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain.Exports;
using CertEngine.Server.Features.Certificates;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Results;
using MiniExcelLibs;

namespace CertEngine.Server.Features.Results;

/// <summary>
/// Results tables (成绩表) per sitting and per track, from the record store's component results and rulings and the
/// sitting's roster (缺考: never checked in, no result), and their Excel export. Shared by <see cref="ResultApi"/> and the
/// results page.
/// </summary>
public sealed class ResultTables(IGrainFactory grains, IResultRecords records, IFactStore facts)
{
    /// <summary>The most result rows a track's table reads (a track of a few thousand candidates).</summary>
    public const int MaxTrackRows = 5_000;

    /// <summary>The sitting's table, or null when there is no such sitting.</summary>
    public async Task<SittingResults?> SittingAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = grains.GetGrain<IExamSessionGrain>(sessionId);
        if (await session.GetAsync() is not { } snapshot)
        {
            return null;
        }

        var roster = await session.GetRosterAsync();
        var component = snapshot.Plan.Component.ToString();
        var results = (await records.SittingResultsAsync(snapshot.Id, SqlFactStore.MaxTake, cancellationToken))
            .Where(r => r.Component == component).GroupBy(r => r.IdNumber).ToDictionary(g => g.Key, g => g.MaxBy(r => r.At)!);
        var rulings = (await records.RulingsAsync(snapshot.Id, cancellationToken)).ToLookup(r => r.IdNumber);
        var lines = roster.OrderBy(l => l.Seat).Select(line =>
        {
            var result = results.GetValueOrDefault(line.IdNumber);
            var standing = result is null
                ? line.CheckedIn ? ResultStanding.Pending : ResultStanding.Absent
                : ResultWords.Standing(result.Voided, result.Score, result.PassMark);
            return new SittingResultLine(line.Seat, line.Ticket, line.IdNumber, line.Name, standing, result?.Score, result?.PassMark,
                rulings[line.IdNumber].Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.TaskId}: {r.Score:0.##}")).ToList());
        }).ToList();
        return new SittingResults(snapshot.Id, snapshot.Plan.TrackKey, snapshot.Plan.Component, snapshot.Plan.StartsAt, snapshot.Status, lines);
    }

    /// <summary>
    /// The track's table, or null when the track is not opened: every candidate with a result in the track or absent (缺考)
    /// from one of its sittings — the latest absence per component, read from the track's sittings as the 发证 page reads
    /// them (<see cref="TrackAttendance"/>), placed among the results by date.
    /// </summary>
    public async Task<TrackResults?> TrackAsync(string trackKey, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICertificationTrackGrain>(trackKey).GetAsync() is not { } track)
        {
            return null;
        }

        var rows = await records.TrackResultsAsync(track.Key, 0, MaxTrackRows + 1, cancellationToken);
        var certificates = (await facts.CertificatesAsync(track.Key, 0, SqlFactStore.MaxTake, cancellationToken))
            .GroupBy(c => c.IdNumber).ToDictionary(g => g.Key, g => g.Last());
        var absences = (await TrackAttendance.ReadAsync(grains, track.Key)).Absences.ToLookup(a => a.IdNumber, StringComparer.Ordinal);
        var results = rows.Take(MaxTrackRows).ToLookup(r => r.IdNumber, StringComparer.Ordinal);
        var names = results.ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        // Bounded: the absent who hold no result are named from their candidate grains, at most the table's rows, 100 at once.
        var absentOnly = absences.Select(g => g.Key).Where(id => !names.ContainsKey(id)).Take(Math.Max(0, MaxTrackRows - names.Count)).ToList();
        foreach (var chunk in absentOnly.Chunk(100))
        {
            var found = await Task.WhenAll(chunk.Select(id => grains.GetGrain<ICandidateGrain>(id).GetAsync()));
            foreach (var (id, candidate) in chunk.Zip(found))
            {
                names[id] = candidate?.Profile.Name ?? "";
            }
        }

        var lines = names.Select(candidate =>
        {
            var held = results[candidate.Key].Select(r => (r.Component, Result: new TrackComponentResult(r.SessionId, r.ExamDate, r.Score, r.PassMark,
                ResultWords.Standing(r.Voided, r.Score, r.PassMark)), r.At));
            var absent = absences[candidate.Key].Select(a => (Component: a.Component.ToString(), Result: new TrackComponentResult(a.SessionId, a.Day, null, null,
                ResultStanding.Absent), At: DateTimeOffset.MinValue));
            var byComponent = held.Concat(absent).GroupBy(r => r.Component).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<TrackComponentResult>)g.OrderBy(r => r.Result.ExamDate).ThenBy(r => r.At).Select(r => r.Result).ToList());
            var certificate = certificates.GetValueOrDefault(candidate.Key);
            return new TrackResultLine(candidate.Key, candidate.Value, byComponent, certificate?.Number, certificate?.Status);
        }).OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.IdNumber, StringComparer.Ordinal).ToList();
        return new TrackResults(track.Key, track.Components.Select(c => c.Component.ToString()).ToList(), lines, rows.Count > MaxTrackRows);
    }

    /// <summary>The sitting's table as an .xlsx workbook (full ID numbers: the centre's own record).</summary>
    public static byte[] Workbook(SittingResults table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var component = ResultWords.Component(table.Component.ToString()).Chinese;
        return Save(table.Lines.Select(l => new Dictionary<string, object?>
        {
            ["考位 Seat"] = l.Seat,
            ["准考证号 Ticket"] = l.Ticket,
            ["姓名 Name"] = l.Name,
            ["身份证号 ID number"] = l.IdNumber,
            ["科目 Component"] = component,
            ["成绩 Score"] = l.Score,
            ["合格线 Pass mark"] = l.PassMark,
            ["结果 Result"] = ResultWords.Of(l.Standing).Chinese,
            ["裁定 Rulings"] = string.Join("; ", l.Rulings),
        }));
    }

    /// <summary>The track's table as an .xlsx workbook: each component's latest result and sitting, and the certificate.</summary>
    public static byte[] Workbook(TrackResults table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Save(table.Lines.Select(l =>
        {
            var row = new Dictionary<string, object?> { ["姓名 Name"] = l.Name, ["身份证号 ID number"] = l.IdNumber };
            foreach (var component in table.Components)
            {
                var words = ResultWords.Component(component).Chinese;
                var latest = l.Components.GetValueOrDefault(component) is { Count: > 0 } sittings ? sittings[^1] : null;
                row[$"{words} 成绩 Score"] = latest?.Score;
                row[$"{words} 结果 Result"] = latest is null ? "" : ResultWords.Of(latest.Standing).Chinese;
                row[$"{words} 场次 Sitting"] = latest?.SessionId ?? "";
                row[$"{words} 参考次数 Sittings"] = l.Components.GetValueOrDefault(component)?.Count ?? 0;
            }

            row["证书编号 Certificate"] = l.CertificateNumber ?? "";
            row["证书状态 Status"] = l.CertificateStatus is { } status ? CertificateStatusWords.Split(status).Chinese : "";
            return row;
        }));
    }

    private static byte[] Save(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        // A name or remark typed as =HYPERLINK(…) must stay text when a manager opens the file (formula injection).
        var list = rows.Select(row => row.ToDictionary(cell => cell.Key, cell => cell.Value is string text ? SpreadsheetText.Escape(text) : cell.Value)).ToList();
        stream.SaveAs(list.Count > 0 ? list : [new Dictionary<string, object?> { ["无成绩 No results"] = "" }]);
        return stream.ToArray();
    }
}
