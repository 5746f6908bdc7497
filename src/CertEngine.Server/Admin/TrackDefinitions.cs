using CertEngine.Contracts.Tracks;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Library;
using CertEngine.Server.Api;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Admin;

/// <summary>
/// Every track (认定项目) the tracks data defines: for each occupation or 专项 in <c>tracks/</c>, the keys its newest
/// published bank version supports (levels and 工种 come from the bank), each with its state, components, 申报条件
/// and staffing policy. The tracks data is read once, like the grains' own copy; a change needs a restart.
/// </summary>
public sealed class TrackDefinitions(IOptions<ExamLibraryOptions> options, ExamLibrary library, IGrainFactory grains)
{
    private readonly Lazy<TrackCatalogueLoadResult> _catalogue = new(() => TrackCatalogue.Load(options.Value.TracksRoot));

    /// <summary>The tracks in the data's order (occupation code, then the bank's order of levels and 工种).</summary>
    public async Task<TrackApi.CatalogueView> ListAsync()
    {
        if (_catalogue.Value.Catalogue is not { } catalogue)
        {
            return new TrackApi.CatalogueView([], _catalogue.Value.Problems.Select(p => "认定方案数据有误 (track data invalid): " + p).ToList());
        }

        var problems = new List<string>();
        var keys = new List<(TrackKey Key, IReadOnlyList<int> Versions)>();
        foreach (var code in catalogue.OccupationCodes)
        {
            // Asked of the bank's shelf, so versions published from the web on any silo are listed too.
            var versions = await library.PublishedVersionsAsync(code);
            if (versions.Count == 0 || !await library.EnsureAsync(code, versions[^1]) || library.FindBank(code, versions[^1]) is not { } bank)
            {
                problems.Add($"{code}：题库尚无可用的已发布版本，无法列出认定项目 (no usable published version of bank {code})");
                continue;
            }

            keys.AddRange(catalogue.KeysFor(bank).Select(k => (k, versions)));
        }

        var tracks = await Task.WhenAll(keys.Select(k => DefineAsync(k.Key, k.Versions)));
        return new TrackApi.CatalogueView(tracks, problems);
    }

    private async Task<TrackApi.DefinedTrack> DefineAsync(TrackKey key, IReadOnlyList<int> versions)
    {
        var text = key.ToString();
        var summary = await grains.GetGrain<ICertificationTrackGrain>(text).GetAsync();
        var shown = summary?.BankVersion ?? versions[^1];
        await library.EnsureAsync(key.OccupationCode, shown);
        var outcome = library.CreateTrack(key, shown);
        var track = (outcome as TrackOutcome.Created)?.Track;
        return new TrackApi.DefinedTrack(
            text, track?.Title ?? text, key.OccupationCode, key.WorkType, key.Level, key.IsSpecialty, versions, summary?.BankVersion, shown,
            summary?.Enrolled ?? 0,
            track?.Components.Select(c => new TrackApi.ComponentView(Name(c.Kind), c.Minutes, c.PassMark, c.Scoring?.Assessors ?? 0, c.Scoring?.AdjudicationThreshold ?? 0)).ToList() ?? [],
            track is null ? null : new TrackApi.EligibilityView(track.Eligibility.Id, track.Eligibility.Version, track.Eligibility.Source,
                track.Eligibility.Conditions.Select(c => new TrackApi.ConditionView(c.Id, c.Title, c.Unconfirmed)).ToList()),
            track?.Staffing is { } s
                ? new TrackApi.StaffingView(s.MinimumProctors, s.CandidatesPerProctor, s.MinimumAssessors, s.CandidatesPerAssessor, s.OddAssessors, s.MinimumPanel, s.OddPanel)
                : null,
            (outcome as TrackOutcome.Refused)?.Reason);
    }

    /// <summary>The component's name as the API writes it (<c>theory</c>, <c>practical</c>, <c>review</c>).</summary>
    private static string Name(ComponentKind kind) => kind.ToString().ToLowerInvariant();
}
