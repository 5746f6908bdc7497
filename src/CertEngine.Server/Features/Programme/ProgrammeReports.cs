using System.Globalization;
using CertEngine.Contracts;
using CertEngine.Domain.Programmes;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Programmes;

namespace CertEngine.Server.Features.Programme;

/// <summary>
/// The programme report (太行家政 against its targets), shared by <see cref="ProgrammeApi"/> and the report page: the record
/// store's grouped cells (<see cref="IProgrammeRecords"/>) placed in programmes by the map, summed per slice, set against the
/// targets an Admin entered (or the plan's example while none is entered).
/// </summary>
public sealed class ProgrammeReports(IProgrammeRecords records, ProgrammeCatalogue catalogue, IGrainFactory grains, TimeProvider clock)
{
    /// <summary>The programme id of tracks no programme counts.</summary>
    public const string Other = "other";

    /// <summary>The audit subject of target changes.</summary>
    public const string AuditSubject = "programme/targets";

    /// <summary>The report of <paramref name="year"/>, narrowed by <paramref name="filter"/>.</summary>
    public async Task<ProgrammeReport> BuildAsync(int year, ProgrammeFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var data = catalogue.Data;
        var cells = await records.CellsAsync(year, cancellationToken);
        var rows = Rows(cells, data.Map).Where(r => Matches(r, filter)).ToList();
        var targets = await TargetsAsync(cancellationToken);
        var lines = new List<ProgrammeLine>();
        // Certificates since a target's first year: one read per first year, not one per programme.
        var certifiedSince = new Dictionary<int, IReadOnlyDictionary<string, long>>();
        foreach (var programme in data.Map.Programmes.Where(p => filter.Programme.Length == 0 || p.Id == filter.Programme))
        {
            var found = targets.Where(t => t.Target.Programme == programme.Id && t.Target.Year == year).ToList();
            ProgrammeTargetLine? targetLine = null;
            if (found is [var target])
            {
                if (!certifiedSince.TryGetValue(target.Target.FromYear, out var byTrack))
                {
                    byTrack = await records.CertifiedAsync(target.Target.FromYear, year, cancellationToken);
                    certifiedSince[target.Target.FromYear] = byTrack;
                }

                var certified = byTrack
                    .Where(c => data.Map.Place(c.Key)?.Programme.Id == programme.Id).Sum(c => c.Value);
                targetLine = new ProgrammeTargetLine(target.Target.FromYear, year, target.Target.Count, certified, target.Example);
            }

            lines.Add(new ProgrammeLine(programme.Id, programme.Name, programme.EnglishName, Sum(rows.Where(r => r.Programme == programme.Id)), targetLine));
        }

        if (rows.Any(r => r.Programme == Other))
        {
            lines.Add(new ProgrammeLine(Other, "其他（不属于四类方案）", "Other (no programme)", Sum(rows.Where(r => r.Programme == Other)), null));
        }

        return new ProgrammeReport(
            year,
            filter,
            Sum(rows),
            lines,
            Slices(rows, r => $"{r.OccupationCode}/{r.WorkType}/{r.Level}", r => $"{r.Occupation}{(r.WorkType.Length > 0 && !r.Occupation.Contains(r.WorkType, StringComparison.Ordinal) ? "（" + r.WorkType + "）" : "")} {LevelName(r.Level)}"),
            Slices(rows, r => r.County, r => r.County.Length > 0 ? r.County : "未登记县区"),
            Slices(rows, r => r.Centre, r => r.Centre.Length > 0 ? r.Centre : "未参加考核"),
            Enumerable.Range(1, 12).Select(m => new ProgrammeSlice(m.ToString(CultureInfo.InvariantCulture), m.ToString(CultureInfo.InvariantCulture) + "月",
                Sum(rows.Where(r => r.Month == m)))).ToList(),
            Components(rows.SelectMany(r => r.Components)),
            rows,
            targets.Any(t => !t.Example) ? "entered" : data.ExampleSource,
            data.Subsidies.Unconfirmed);
    }

    /// <summary>The targets in force: those an Admin entered, or the plan's example while none is entered.</summary>
    public async Task<IReadOnlyList<(ProgrammeTarget Target, bool Example, string Actor)>> TargetsAsync(CancellationToken cancellationToken)
    {
        var stored = await records.TargetsAsync(cancellationToken);
        return stored.Count > 0
            ? stored.Select(t => (new ProgrammeTarget(t.Programme, t.Year, t.FromYear, t.Target), false, t.Actor)).ToList()
            : catalogue.Data.ExampleTargets.Select(t => (t, true, "")).ToList();
    }

    /// <summary>Stores a target an Admin entered, audited; the refusal when it cannot be stored (nothing changes then).</summary>
    public async Task<Refusal?> SaveTargetAsync(ProgrammeTarget target, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Check(catalogue.Data.Map) is { } refused)
        {
            return refused.ToReply();
        }

        var now = clock.GetUtcNow();
        await records.SaveTargetAsync(new StoredTarget(target.Programme, target.Year, target.FromYear, target.Count, actor, now), cancellationToken);
        await grains.GetGrain<IAuditTrailGrain>(AuditSubject).AppendAsync([new AuditRecord(now, actor, "programme.target", AuditSubject, "",
            string.Create(CultureInfo.InvariantCulture, $"{target.Programme} {target.FromYear}–{target.Year}: {target.Count}"))]);
        return null;
    }

    /// <summary>A level's name (四级), or 专项 for none.</summary>
    public static string LevelName(int? level) => level switch
    {
        null => "专项",
        1 => "一级",
        2 => "二级",
        3 => "三级",
        4 => "四级",
        5 => "五级",
        { } other => other.ToString(CultureInfo.InvariantCulture) + "级",
    };

    private static bool Matches(ProgrammeRow row, ProgrammeFilter filter) =>
        (filter.Programme.Length == 0 || row.Programme == filter.Programme) && (filter.County.Length == 0 || row.County == filter.County)
        && (filter.Centre.Length == 0 || row.Centre == filter.Centre) && (filter.Month == 0 || row.Month == filter.Month);

    private static IEnumerable<ProgrammeRow> Rows(IReadOnlyList<ProgrammeCell> cells, ProgrammeMap map)
    {
        foreach (var group in cells.GroupBy(c => (c.TrackKey, c.County, c.Centre, c.Month)))
        {
            // A malformed key (never written by the engine) is shown as it is, under "other".
            var parsed = TrackKey.TryParse(group.Key.TrackKey, out var key);
            var place = parsed ? map.Place(key) : null;
            long Count(string measure) => group.Where(c => c.Measure == measure).Sum(c => c.Count);
            var claims = group.Where(c => c.Measure == ProgrammeMeasures.Claims).ToList();
            var figures = new ProgrammeFigures(Count(ProgrammeMeasures.Registered), Count(ProgrammeMeasures.Assessed), Count(ProgrammeMeasures.Passed),
                Count(ProgrammeMeasures.Certified), claims.Sum(c => c.Count), claims.Sum(c => c.Amount));
            var components = group.Where(c => c.Measure is ProgrammeMeasures.Sat or ProgrammeMeasures.PassedComponent).GroupBy(c => c.Component)
                .Select(g => new ProgrammeComponentRate(g.Key, g.Where(c => c.Measure == ProgrammeMeasures.Sat).Sum(c => c.Count),
                    g.Where(c => c.Measure == ProgrammeMeasures.PassedComponent).Sum(c => c.Count))).ToList();
            yield return new ProgrammeRow(place?.Programme.Id ?? Other, key.OccupationCode ?? group.Key.TrackKey, place?.Occupation.Name ?? key.OccupationCode ?? group.Key.TrackKey,
                key.WorkType ?? "", key.Level, group.Key.County, group.Key.Centre, group.Key.Month, figures, components);
        }
    }

    private static ProgrammeFigures Sum(IEnumerable<ProgrammeRow> rows) => rows.Aggregate(ProgrammeFigures.Zero, (sum, r) => sum.Plus(r.Figures));

    private static List<ProgrammeSlice> Slices(IEnumerable<ProgrammeRow> rows, Func<ProgrammeRow, string> key, Func<ProgrammeRow, string> label) =>
        rows.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ProgrammeSlice(g.Key, label(g.First()), Sum(g))).ToList();

    private static List<ProgrammeComponentRate> Components(IEnumerable<ProgrammeComponentRate> rates) =>
        rates.GroupBy(r => r.Component).OrderBy(g => Order(g.Key)).Select(g => new ProgrammeComponentRate(g.Key, g.Sum(r => r.Sat), g.Sum(r => r.Passed))).ToList();

    private static int Order(string component) => component switch
    {
        "Theory" => 0,
        "Practical" => 1,
        "Review" => 2,
        _ => 3,
    };
}
