using CertEngine.Contracts.Tracks;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Tracks;

/// <summary>The track as the consoles and the sittings see it.</summary>
internal static class TrackViews
{
    /// <summary>The track's title, pinned versions, components and counts.</summary>
    public static TrackSummary Summary(Track track, string key, long enrolled, TrackState state)
    {
        var components = track.Components.Select(c => new TrackComponentInfo(
            c.Kind.ToContract(), c.Minutes, c.PassMark, c.Scoring?.Assessors ?? 0, c.Scoring?.AdjudicationThreshold ?? 0)).ToList();
        return new TrackSummary(key, track.Title, track.BankId, track.BankVersion, components,
            (int)Math.Min(int.MaxValue, enrolled), state.IssuedCount, track.MultipleChoice.ToString(), state.RulesVersion)
        {
            OccupationName = track.OccupationName,
            LevelDisplay = track.LevelDisplay ?? "",
            PublicityWorkingDays = track.Publicity.WorkingDays,
            SupervisionRequired = track.Supervision.Required,
        };
    }
}
