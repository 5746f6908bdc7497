using CertEngine.Domain.Analytics;

namespace CertEngine.Storage.Records.Analytics;

/// <summary>
/// What item analysis reads from the record store's facts (migration 0006: theory attempts and their responses), for one
/// bank version. Each attempt counts once, at its latest fact (a regrade supersedes the submission).
/// </summary>
public interface IItemAnalysisRecords
{
    /// <summary>The most (track, score) rows <see cref="ScoresAsync"/> returns: scores are in halves or tenths of 0–100.</summary>
    const int MaxScores = 100_000;

    /// <summary>The most (track, item) pairs <see cref="TallyAsync"/> sums (a bank holds a few thousand items).</summary>
    const int MaxTallies = 200_000;

    /// <summary>The score distribution per track: attempts per exact score, at most <see cref="MaxScores"/> rows.</summary>
    Task<IReadOnlyList<TrackScore>> ScoresAsync(string bankCode, int bankVersion, CancellationToken cancellationToken = default);

    /// <summary>Reads every response once, as a stream, and sums it per track and item; <paramref name="cuts"/> name the 27 % groups.</summary>
    Task<ResponseTallies> TallyAsync(string bankCode, int bankVersion, ScoreCuts cuts, CancellationToken cancellationToken = default);

    /// <summary>
    /// The recorded times on each item (id and version) of the bank version, over all tracks (migration 0019): answers
    /// timed and their sum in seconds; items with no recorded time are absent. At most <see cref="MaxTallies"/> items.
    /// </summary>
    Task<IReadOnlyList<ItemTime>> TimesAsync(string bankCode, int bankVersion, CancellationToken cancellationToken = default);

    /// <summary>Every response, streamed in attempt fact and position order (for <c>responses.csv</c>).</summary>
    IAsyncEnumerable<ResponseExportRow> ResponsesAsync(string bankCode, int bankVersion, CancellationToken cancellationToken = default);
}
