using CertEngine.Contracts;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Raters;
using CertEngine.Domain.Scoring;
using CertEngine.Server.Features.Signals;
using CertEngine.Storage.Records.Raters;

namespace CertEngine.Server.Features.Raters;

/// <summary>
/// Rater statistics over a period of Beijing dates (issue 20): the record store's signed sheets (never grain state),
/// each compared within the adjudication threshold of its track, through <see cref="RaterStatistics"/>. Shared by
/// <c>GET /api/analytics/raters</c> and any page that shows them.
/// </summary>
public sealed class RaterAnalysis(IRaterRecords records, IGrainFactory grains, AnalyticsSettingsSource settings)
{
    /// <summary>The longest period analysed at once (a year, leap day included).</summary>
    public const int MaxDays = 366;

    /// <summary>The most sheets analysed at once; a longer period is refused in words.</summary>
    public const int MaxSheets = 1_000_000;

    /// <summary>The statistics of the sheets signed on the Beijing dates <paramref name="from"/> to <paramref name="to"/>, both included; null when more sheets than <see cref="MaxSheets"/> were signed.</summary>
    public async Task<RaterReport?> AnalyseAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        var page = await records.SheetsAsync(start, end, MaxSheets, cancellationToken);
        if (page.Truncated)
        {
            return null;
        }

        var thresholds = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var track in page.Sheets.Select(s => s.TrackKey).Distinct(StringComparer.Ordinal))
        {
            thresholds[track] = await ThresholdAsync(track);
        }

        var sheets = page.Sheets.Select(s => new RaterSheet($"{s.AttemptKey}\n{s.TaskId}", s.TaskId, s.Assessor, s.Total, s.At, s.Adjudicated, thresholds[s.TrackKey]));
        return RaterStatistics.Compute(sheets, settings.Settings.Raters);
    }

    // The practical component's spread (综合评审's for a track without one); the default rule for a track not opened.
    private async Task<decimal> ThresholdAsync(string trackKey)
    {
        var summary = await grains.GetGrain<ICertificationTrackGrain>(trackKey).GetAsync();
        var scored = summary?.Components.FirstOrDefault(c => c.Component == ExamComponent.Practical)
            ?? summary?.Components.FirstOrDefault(c => c.Component == ExamComponent.Review);
        return scored?.AdjudicationThreshold ?? PracticalPolicy.Default.AdjudicationThreshold;
    }
}
