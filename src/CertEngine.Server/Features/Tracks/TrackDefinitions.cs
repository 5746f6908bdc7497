using CertEngine.Grains.Replies;
using CertEngine.Server.Web.Localization;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Library;

namespace CertEngine.Server.Features.Tracks;

/// <summary>
/// Every track (认定项目) the tracks data defines: for each occupation or 专项 code (a shipped tracks file or a shipped
/// bank), the keys its newest published bank version supports under its newest track rules version (levels and 工种
/// come from the bank), each with its state, components, 申报条件 and staffing policy as the versions it is pinned to
/// (or, not opened, the newest ones) build it.
/// </summary>
public sealed class TrackDefinitions(ExamLibrary library, IGrainFactory grains)
{
    /// <summary>The tracks in the data's order (occupation code, then the bank's order of levels and 工种), and every code.</summary>
    public async Task<CatalogueView> ListAsync()
    {
        if (library.ShippedTrackData.Catalogue is not { } shipped)
        {
            return new CatalogueView([], library.ShippedTrackData.Problems.Select(p => "认定方案数据有误 (track data invalid): " + p).ToList(), []);
        }

        var problems = new List<string>();
        var codes = new List<RulesCode>();
        var keys = new List<(TrackKey Key, IReadOnlyList<int> Versions, int NewestRules)>();
        foreach (var code in shipped.OccupationCodes.Union(library.ShippedBanks(), StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var newestRules = await library.NewestRulesVersionAsync(code);
            var catalogue = (await library.TrackDataAsync(code, newestRules))?.Catalogue;
            var hasRules = catalogue?.OccupationCodes.Contains(code, StringComparer.Ordinal) == true;

            // Asked of the bank's shelf, so versions published from the web on any silo are listed too.
            var versions = await library.PublishedVersionsAsync(code);
            var bank = versions.Count > 0 ? await library.FindBankAsync(code, versions[^1]) : null;
            codes.Add(new RulesCode(code, bank?.Occupation.Name, newestRules, hasRules));
            if (bank is null)
            {
                problems.Add($"{code}：题库尚无可用的已发布版本，无法列出认定项目 (no usable published version of bank {code})");
                continue;
            }

            if (catalogue is not null && hasRules)
            {
                keys.AddRange(catalogue.KeysFor(bank).Select(k => (k, versions, newestRules)));
            }
        }

        var tracks = await Task.WhenAll(keys.Select(k => DefineAsync(k.Key, k.Versions, k.NewestRules)));
        return new CatalogueView(tracks, problems, codes);
    }

    /// <summary>A component as the API shows it, with its scoring policy for scored parts.</summary>
    public static ComponentView Describe(TrackComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return new ComponentView(Name(component.Kind), component.Minutes, component.PassMark, component.Scoring?.Assessors ?? 0,
            component.Scoring?.AdjudicationThreshold ?? 0, component.Scoring is { } s ? Camel(s.Aggregation.ToString()) : null,
            component.Scoring is { } v ? Camel(v.VetoEffect.ToString()) : null);
    }

    /// <summary>A track's 申报条件 as the API shows it.</summary>
    public static EligibilityView Describe(EligibilityRuleSet eligibility)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        return new EligibilityView(eligibility.Id, eligibility.Version, eligibility.Source,
            eligibility.Conditions.Select(c => new ConditionView(c.Id, c.Title, c.Unconfirmed)).ToList(),
            eligibility.Reviewed.Select(k => k.ToString().ToLowerInvariant()).ToList());
    }

    /// <summary>A track's staffing policy as the API shows it.</summary>
    public static StaffingView Describe(StaffingRule s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new StaffingView(s.MinimumProctors, s.CandidatesPerProctor, s.MinimumAssessors, s.CandidatesPerAssessor, s.OddAssessors, s.MinimumPanel, s.OddPanel);
    }

    private async Task<DefinedTrack> DefineAsync(TrackKey key, IReadOnlyList<int> versions, int newestRules)
    {
        var text = key.ToString();
        var summary = await grains.GetGrain<ICertificationTrackGrain>(text).GetAsync();
        var shown = summary?.BankVersion ?? versions[^1];
        var shownRules = summary?.RulesVersion ?? newestRules;
        var outcome = await library.CreateTrackAsync(key, shown, shownRules);
        var track = (outcome as TrackOutcome.Created)?.Track;
        return new DefinedTrack(
            text, track?.Title ?? text, key.OccupationCode, key.WorkType, key.Level, key.IsSpecialty, versions, summary?.BankVersion, shown,
            summary?.Enrolled ?? 0,
            track?.Components.Select(Describe).ToList() ?? [],
            track is null ? null : Describe(track.Eligibility),
            track is null ? null : Describe(track.Staffing),
            outcome is TrackOutcome.Refused refused ? RefusalWords.Bilingual(refused.Why.ToReply()) : null,
            summary?.RulesVersion, shownRules, newestRules);
    }

    /// <summary>The component's name as the API writes it (<c>theory</c>, <c>practical</c>, <c>review</c>).</summary>
    private static string Name(ComponentKind kind) => kind.ToString().ToLowerInvariant();

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
