using System.Globalization;
using CertEngine.Contracts;
using CertEngine.Domain;
using CertEngine.Domain.Programmes;
using CertEngine.Grains.Replies;
using CertEngine.Server.Features.Programme;
using CertEngine.Storage.Records.Programmes;
using MiniExcelLibs;

namespace CertEngine.Server.Features.Subsidies;

/// <summary>
/// The 培训补贴 list, shared by <see cref="SubsidyApi"/> and the subsidies page: the certificates of a year that qualify under
/// the city's rules (programme/subsidies/&lt;city&gt;.yaml) — one per person, occupation and level — grouped per county and
/// month of issue in the database, each claim's state set by a manager (audited; a refused change changes nothing), and the
/// .xlsx export.
/// </summary>
public sealed class SubsidyList(ISubsidyClaims claims, ProgrammeCatalogue catalogue, IGrainFactory grains, TimeProvider clock)
{
    /// <summary>Lines per page by default.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The most lines one export holds.</summary>
    public const int MaxExportLines = 200_000;

    /// <summary>The query of a year's list, with the occupation and level pairs the rules pay.</summary>
    public SubsidyQuery Query(int year, string county = "", int month = 0, string state = "")
    {
        var data = catalogue.Data;
        var pairs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var occupation in data.Map.Programmes.SelectMany(p => p.Occupations))
        {
            if (occupation.Specialty)
            {
                if (data.Subsidies.Amount(occupation.Code, null) is not null)
                {
                    pairs.Add(SubsidyKeys.Pair(occupation.Code, null));
                }

                continue;
            }

            for (var level = 0; level <= 9; level++)
            {
                if (data.Subsidies.Amount(occupation.Code, level) is not null)
                {
                    pairs.Add(SubsidyKeys.Pair(occupation.Code, level));
                }
            }
        }

        return new SubsidyQuery(year, [.. pairs], county, month, state);
    }

    /// <summary>A page of the list and its summary.</summary>
    public async Task<SubsidyListing> ListAsync(SubsidyQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rules = catalogue.Data.Subsidies;
        pageSize = Math.Clamp(pageSize, 1, ISubsidyClaims.MaxTake);
        page = Math.Max(1, page);
        var groups = await claims.SummaryAsync(query, cancellationToken);
        // The summary holds the total: the page is read without counting the list again.
        var lines = await claims.PageAsync(query, (long)(page - 1) * pageSize, pageSize, cancellationToken);
        var summary = groups.GroupBy(g => (g.County, g.Month)).Select(g => new SubsidyCountyMonth(g.Key.County, g.Key.Month, g.Sum(x => x.Count),
                g.Sum(x => x.Count * (rules.Amount(x.OccupationCode, x.Level)?.Yuan ?? 0m)),
                g.GroupBy(x => x.State).ToDictionary(s => s.Key, s => s.Sum(x => x.Count), StringComparer.Ordinal)))
            .OrderBy(s => CountyOrder(s.County)).ThenBy(s => s.County, StringComparer.Ordinal).ThenBy(s => s.Month).ToList();
        var today = ChinaTime.Today(clock);
        return new SubsidyListing(query.Year, rules.City, rules.Name, rules.Unconfirmed, rules.Source, rules.WindowMonths, summary,
            summary.Sum(s => s.Certificates), summary.Sum(s => s.Yuan), lines.Select(l => Line(l, today)).ToList(), page, pageSize);
    }

    /// <summary>A claim's history, oldest first; empty when none is stored.</summary>
    public async Task<IReadOnlyList<SubsidyClaimEvent>> HistoryAsync(string number, CancellationToken cancellationToken)
    {
        var (line, _, _) = await claims.FindAsync(number, cancellationToken);
        return line is null ? [] : await claims.HistoryAsync(line.ClaimKey, cancellationToken);
    }

    /// <summary>
    /// Moves the claim of certificate <paramref name="number"/> to <paramref name="to"/>, if the rules allow it and it is
    /// still at <paramref name="version"/>; audited. Returns the refusal when it does not (nothing changes then).
    /// </summary>
    public async Task<Refusal?> ChangeAsync(string number, int version, SubsidyClaimState to, string reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var rules = catalogue.Data.Subsidies;
        var (line, heldBy, inForce) = await claims.FindAsync(number, cancellationToken);
        if (line is null)
        {
            return Refuse(Refused.Of(SubsidyRefusal.NoSuchCertificate, number));
        }

        if (!inForce)
        {
            return Refuse(Refused.Of(SubsidyRefusal.CertificateNotInForce, number));
        }

        if (catalogue.Data.Map.Place(line.TrackKey) is null || rules.Amount(line.OccupationCode, line.Level) is not { } amount)
        {
            return Refuse(Refused.Of(SubsidyRefusal.NotQualifying, number));
        }

        if (heldBy is not null)
        {
            return Refuse(Refused.Of(SubsidyRefusal.AlreadyClaimed, heldBy));
        }

        if (line.Version != version)
        {
            return Refuse(Refused.Of(SubsidyRefusal.Stale, version, line.Version));
        }

        var now = clock.GetUtcNow();
        var from = SubsidyClaimRules.Parse(line.State) ?? SubsidyClaimState.Draft;
        if (SubsidyClaimRules.Change(from, to, reason.Trim(), line.IssuedOn, ChinaTime.DateOf(now), rules) is { } refused)
        {
            return Refuse(refused);
        }

        var state = SubsidyClaimRules.Name(to);
        if (await claims.ChangeAsync(new SubsidyClaimChange(line, state, reason.Trim(), amount.Yuan, actor, now), cancellationToken) is { } current)
        {
            return Refuse(Refused.Of(SubsidyRefusal.Stale, version, current));
        }

        var subject = "subsidy/" + line.Number;
        await grains.GetGrain<IAuditTrailGrain>(subject).AppendAsync([new AuditRecord(now, actor, "subsidy." + state, subject, reason.Trim(),
            string.Create(CultureInfo.InvariantCulture, $"{line.ClaimKey} v{version + 1} {line.State}→{state} {amount.Yuan:0.##}"))]);
        return null;
    }

    /// <summary>Every line of the query (up to <see cref="MaxExportLines"/>) as an .xlsx workbook, read a page at a time.</summary>
    public async Task<byte[]> WorkbookAsync(SubsidyQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = ChinaTime.Today(clock);
        var rows = new List<Dictionary<string, object?>>();
        for (long skip = 0; skip < MaxExportLines; skip += ISubsidyClaims.MaxTake)
        {
            var lines = await claims.PageAsync(query, skip, ISubsidyClaims.MaxTake, cancellationToken);
            rows.AddRange(lines.Select(l => Line(l, today)).Select(Row));
            if (lines.Count < ISubsidyClaims.MaxTake)
            {
                break;
            }
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.Count > 0 ? rows : [new Dictionary<string, object?> { ["无符合条件的证书 No qualifying certificates"] = "" }], cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private SubsidyClaimLine Line(SubsidyLine line, DateOnly today)
    {
        var data = catalogue.Data;
        var place = data.Map.Place(line.TrackKey);
        var state = SubsidyClaimRules.Parse(line.State) ?? SubsidyClaimState.Draft;
        var next = Enum.GetValues<SubsidyClaimState>()
            .Where(to => SubsidyClaimRules.Allowed(state, to) && (to != SubsidyClaimState.Submitted || data.Subsidies.WithinWindow(line.IssuedOn, today)))
            .Select(SubsidyClaimRules.Name).ToList();
        return new SubsidyClaimLine(line.Number, line.HolderName, line.IdNumber, line.County, place?.Programme.Id ?? ProgrammeReports.Other,
            place?.Occupation.Name ?? line.OccupationCode, line.OccupationCode, line.WorkType, line.Level, line.IssuedOn, data.Subsidies.Deadline(line.IssuedOn),
            line.Amount ?? data.Subsidies.Amount(line.OccupationCode, line.Level)?.Yuan ?? 0m, line.State, line.Version, line.Reason, line.Actor, line.At, next);
    }

    private static Dictionary<string, object?> Row(SubsidyClaimLine l) => new()
    {
        ["县区 County"] = SpreadsheetText.Safe(l.County),
        ["姓名 Name"] = SpreadsheetText.Safe(l.Name),
        ["证件号码 ID number"] = SpreadsheetText.Safe(l.IdNumber),
        ["证书编号 Certificate"] = SpreadsheetText.Safe(l.Number),
        ["职业 Occupation"] = SpreadsheetText.Safe(l.Occupation),
        ["职业编码 Code"] = SpreadsheetText.Safe(l.OccupationCode),
        ["工种 Work type"] = SpreadsheetText.Safe(l.WorkType),
        ["等级 Level"] = ProgrammeReports.LevelName(l.Level),
        ["发证日期 Issued"] = l.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["申领截止 Deadline"] = l.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["金额(元) Yuan"] = l.Yuan,
        ["状态 State"] = SubsidyWords.State(l.State).Chinese,
        ["原因 Reason"] = SpreadsheetText.Safe(l.Reason),
        ["经办人 By"] = SpreadsheetText.Safe(l.ChangedBy),
    };

    private int CountyOrder(string county)
    {
        var index = catalogue.Data.Subsidies.Counties.ToList().IndexOf(county);
        return index < 0 ? int.MaxValue : index;
    }

    private static Refusal Refuse(Refused<SubsidyRefusal> refused) => refused.ToReply();
}
