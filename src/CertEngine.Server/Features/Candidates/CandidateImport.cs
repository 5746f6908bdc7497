using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// Registers candidates from an uploaded <see cref="CandidateSheet"/> and enrols them on the track each row names.
/// Every row is checked first — the sheet itself, that the track is open, and the track's 申报条件 against the row's
/// evidence — and nothing is registered unless every row passes, so a corrected file can simply be uploaded again.
/// Used by the API and by the administration page alike.
/// </summary>
public sealed class CandidateImport(IGrainFactory grains, TimeProvider clock)
{
    /// <summary>The largest candidate workbook accepted (bytes).</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>Reads, checks and (only when every row is valid) registers and enrols.</summary>
    public async Task<CandidateImportOutcome> ImportAsync(Stream workbook, string actor, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var (rows, sheetProblems) = CandidateSheet.Read(workbook, today);
        var problems = sheetProblems.ToList();
        var opened = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.TrackKey is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = row.TrackKey!;
            var track = grains.GetGrain<ICertificationTrackGrain>(key);
            if (!opened.TryGetValue(key, out var isOpen))
            {
                isOpen = opened[key] = await track.GetAsync() is not null;
            }

            if (!isOpen)
            {
                problems.Add(new SheetProblem(row.Row, CandidateSheet.TrackColumn, $"认定项目“{key}”不存在或尚未开通", "no such open track"));
                continue;
            }

            var eligibility = await track.CheckEligibilityAsync(row.BirthDate, Evidence(row, today));
            if (!eligibility.Accepted)
            {
                problems.Add(new SheetProblem(row.Row, CandidateSheet.WorkYearsColumn, RefusalWords.Bilingual(eligibility))
                    { Line = new(RefusalWords.In(eligibility, BilingualPages.Chinese), RefusalWords.In(eligibility, BilingualPages.English)) });
            }
        }

        if (problems.Count > 0)
        {
            return new CandidateImportOutcome(rows.Count, 0, 0, ProblemLists.Capped(problems.OrderBy(p => p.Row).ToList()));
        }

        int registered = 0, enrolled = 0;
        var report = new List<ImportedCandidate>();
        foreach (var row in rows)
        {
            var grain = grains.GetGrain<ICandidateGrain>(row.Profile.IdNumber);
            var before = await grain.GetAsync();
            var changes = before is null ? [] : Changes(before.Profile, row.Profile);
            // A row that changes nothing is not written again: no new profile fact, no audit record.
            if (before is null || changes.Count > 0)
            {
                // Past the checks, a refusal means the state changed meanwhile (e.g. the track was re-pinned); say which row.
                var reply = await grain.RegisterAsync(row.Profile, actor);
                if (!reply.Accepted)
                {
                    problems.Add(new SheetProblem(row.Row, CandidateSheet.IdNumberColumn, RefusalWords.Bilingual(reply))
                        { Line = new(RefusalWords.In(reply, BilingualPages.Chinese), RefusalWords.In(reply, BilingualPages.English)) });
                    continue;
                }
            }

            registered++;
            var enrolment = "";
            if (row.TrackKey is { } key && before?.Enrolments.Any(e => e.TrackKey == key) == true)
            {
                enrolment = "already";
            }
            else if (row.TrackKey is { } track)
            {
                var enrolledOnTrack = await grains.GetGrain<ICertificationTrackGrain>(track).RegisterCandidateAsync(row.Profile.IdNumber, Evidence(row, today), actor);
                if (enrolledOnTrack.Accepted)
                {
                    enrolled++;
                    enrolment = "enrolled";
                }
                else
                {
                    problems.Add(new SheetProblem(row.Row, CandidateSheet.TrackColumn, RefusalWords.Bilingual(enrolledOnTrack))
                        { Line = new(RefusalWords.In(enrolledOnTrack, BilingualPages.Chinese), RefusalWords.In(enrolledOnTrack, BilingualPages.English)) });
                }
            }

            report.Add(new ImportedCandidate(row.Row, row.Profile.Name, IdentityNumber.Mask(row.Profile.IdNumber),
                before is null ? ImportedCandidate.NewStatus : changes.Count == 0 ? ImportedCandidate.UnchangedStatus : ImportedCandidate.ChangedStatus, changes, enrolment));
        }

        return new CandidateImportOutcome(rows.Count, registered, enrolled, ProblemLists.Capped(problems), report);
    }

    /// <summary>
    /// Registers one candidate (the form on the page) and, when <paramref name="row"/> names a track, enrols them with the
    /// row's evidence; the refusal of either step, Chinese first, or <see langword="null"/> when both succeeded.
    /// </summary>
    public async Task<string?> RegisterOneAsync(CandidateSheetRow row, string actor)
    {
        var reply = await grains.GetGrain<ICandidateGrain>(row.Profile.IdNumber).RegisterAsync(row.Profile, actor);
        if (!reply.Accepted)
        {
            return RefusalWords.Bilingual(reply);
        }

        if (row.TrackKey is not { } key)
        {
            return null;
        }

        var enrolment = await grains.GetGrain<ICertificationTrackGrain>(key).RegisterCandidateAsync(row.Profile.IdNumber, Evidence(row, ChinaTime.Today(clock)), actor);
        return enrolment.Accepted ? null : "已登记，但未能申报 (registered, not enrolled): " + RefusalWords.Bilingual(enrolment);
    }

    /// <summary>What a row would change in a registered profile (an empty phone cell keeps the number held).</summary>
    public static IReadOnlyList<string> Changes(CandidateProfile held, CandidateProfile row)
    {
        var changes = new List<string>();
        if (held.Name != row.Name.Trim())
        {
            changes.Add($"name: {held.Name} -> {row.Name.Trim()}");
        }

        if ((held.County ?? "") != (row.County ?? ""))
        {
            changes.Add($"county: {held.County} -> {row.County}");
        }

        if (!held.Tags.SequenceEqual(row.Tags))
        {
            changes.Add($"tags: {string.Join("、", held.Tags)} -> {string.Join("、", row.Tags)}");
        }

        if (row.Phone is { } phone && phone != (held.Phone ?? ""))
        {
            changes.Add($"phone: {held.Phone} -> {phone}");
        }

        return changes;
    }

    /// <summary>The evidence a row carries: its years of work in the track's occupation, ending today.</summary>
    public static IReadOnlyList<Evidence> Evidence(CandidateSheetRow row, DateOnly today)
    {
        if (row.WorkYears is not { } years || row.TrackKey is null || !TrackKey.TryParse(row.TrackKey, out var key))
        {
            return [];
        }

        var from = today.AddMonths(-(int)Math.Ceiling(years * 12));
        return [new Evidence("work-sheet", "work", from, null, key.OccupationCode, null, null, null, true, 0)];
    }
}
