using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain;
using CertEngine.Server.Features.Sessions;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// What the 发证 page needs to know of a track's sittings to say why a candidate is not ready, read once per board: who
/// was absent (缺考: on the roster of a closed sitting and never checked in, or marked absent) from which component on
/// which day, and the batch (批次) of each candidate's latest sitting in one, whose page publishes results for 公示.
/// Read from the track's sittings (<see cref="SittingBatch.OfTrackAsync"/>, bounded by the sitting list).
/// </summary>
public sealed class TrackAttendance
{
    private readonly Dictionary<(string IdNumber, ExamComponent Component), (DateOnly Day, string SessionId)> _absent = [];
    private readonly Dictionary<string, string> _batchOf = new(StringComparer.Ordinal);

    private TrackAttendance()
    {
    }

    /// <summary>Reads the track's sittings (not cancelled).</summary>
    public static async Task<TrackAttendance> ReadAsync(IGrainFactory grains, string trackKey)
    {
        var attendance = new TrackAttendance();
        foreach (var sitting in await SittingBatch.OfTrackAsync(grains, trackKey))
        {
            var day = ChinaTime.DateOf(sitting.Plan.StartsAt);
            var present = sitting.CheckedIn.ToHashSet(StringComparer.Ordinal);
            var marked = (sitting.Absent ?? []).ToHashSet(StringComparer.Ordinal);
            foreach (var seat in sitting.Plan.Roster)
            {
                if (sitting.Plan.BatchId is { } batch)
                {
                    attendance._batchOf[seat.IdNumber] = batch;   // oldest start first: the latest sitting's batch stays
                }

                if (marked.Contains(seat.IdNumber) || (sitting.Status == SessionStatus.Closed && !present.Contains(seat.IdNumber)))
                {
                    var key = (seat.IdNumber, sitting.Plan.Component);
                    attendance._absent[key] = attendance._absent.TryGetValue(key, out var earlier) && earlier.Day > day ? earlier : (day, sitting.Id);
                }
            }
        }

        return attendance;
    }

    /// <summary>Each candidate's latest absence (缺考) from each component: the day and the sitting (the results page lists them).</summary>
    public IEnumerable<(string IdNumber, ExamComponent Component, DateOnly Day, string SessionId)> Absences =>
        _absent.Select(a => (a.Key.IdNumber, a.Key.Component, a.Value.Day, a.Value.SessionId));

    /// <summary>The batch of the candidate's latest sitting in one, or null.</summary>
    public string? BatchOf(string idNumber) => _batchOf.GetValueOrDefault(idNumber);

    /// <summary>
    /// The reason a candidate is not ready in words per component: <paramref name="reason"/> (the track's) when it is not
    /// "not every component has passed"; otherwise the same "no certificate yet" listing, for each component still to pass,
    /// whether the candidate was absent from its latest sitting (缺考), failed it (未通过) or has not sat it (尚未考核).
    /// </summary>
    public Refusal Explain(string idNumber, Refusal reason, IReadOnlyList<ComponentResultRecord> results)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(results);
        if (reason is not { Code: RefusalCode.TrackNotReady, Cause: { Code: RefusalCode.CertificationNotYetPassed, Args: [var missing, ..] } })
        {
            return reason;
        }

        var absent = new List<string>();
        var failed = new List<string>();
        var notSat = new List<string>();
        foreach (var name in missing.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ExamComponent>(name, out var component))
            {
                return reason;
            }

            var latest = results.Where(r => r.Component == component).OrderBy(r => r.SatOn).LastOrDefault();
            var absentOn = _absent.TryGetValue((idNumber, component), out var absence) ? absence.Day : (DateOnly?)null;
            (absentOn is { } on && (latest is null || on > latest.SatOn) ? absent
                : latest is not null && (latest.Void || latest.Score < latest.PassMark) ? failed
                : notSat).Add(name);
        }

        var details = new List<Refusal>();
        foreach (var (code, names) in new[] { (RefusalCode.IssuingComponentsAbsent, absent), (RefusalCode.IssuingComponentsFailed, failed), (RefusalCode.IssuingComponentsNotSat, notSat) })
        {
            if (names.Count > 0)
            {
                details.Add(new Refusal(code, [string.Join(',', names)]));
            }
        }

        return new Refusal(reason.Code, reason.Args.ToArray(), null, details.ToArray());
    }
}
