using CertEngine.Contracts.Tracks;
using CertEngine.Domain.Exports;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Library;

namespace CertEngine.Server.Features.Exports;

/// <summary>
/// 职业名称 and the level's display form of a track, as its pinned bank's catalogue prints them, read once per track and
/// report (a report covers a handful of tracks, never one lookup per line). A track that no longer builds falls back to
/// its occupation code and the national level names.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="library">The banks and track data.</param>
public sealed class TrackNames(IGrainFactory grains, ExamLibrary library)
{
    /// <summary>A lookup for one report: each track is read at most once.</summary>
    public Func<string, Task<(string Occupation, string Level)>> ForOneReport()
    {
        var known = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        return async trackKey =>
        {
            if (!known.TryGetValue(trackKey, out var names))
            {
                names = await ReadAsync(trackKey);
                known[trackKey] = names;
            }

            return names;
        };
    }

    private async Task<(string Occupation, string Level)> ReadAsync(string trackKey)
    {
        if (!TrackKey.TryParse(trackKey, out var key))
        {
            return ("", "");
        }

        if (await grains.GetGrain<ICertificationTrackGrain>(trackKey).GetAsync() is { } summary
            && await library.CreateTrackAsync(key, summary.BankVersion, summary.RulesVersion) is TrackOutcome.Created created)
        {
            return (created.Track.OccupationName, created.Track.LevelDisplay ?? "");
        }

        return (key.OccupationCode, NationalFields.LevelDisplay(key.Level));
    }
}
