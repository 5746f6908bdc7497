namespace CertEngine.Storage.Records.Results;

/// <summary>
/// The record store read for the results and certificate pages (成绩与证书): component results of a sitting or a track with
/// the candidate's name, the chief's rulings of a sitting, and certificates found by part of their number, holder, ID number,
/// sitting or date of issue. Reads the facts of migration 0006 only; writes nothing.
/// </summary>
public interface IResultRecords
{
    /// <summary>A sitting's component results, each candidate's latest per component, ordered by ID number (at most <paramref name="take"/>).</summary>
    Task<IReadOnlyList<ResultRow>> SittingResultsAsync(string sessionId, int take, CancellationToken cancellationToken = default);

    /// <summary>A track's component results, each candidate's latest per component and sitting, ordered by name and ID number, a page.</summary>
    Task<IReadOnlyList<ResultRow>> TrackResultsAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>The chief's rulings (裁定) on a sitting's practical tasks, with the candidate they concern.</summary>
    Task<IReadOnlyList<RulingRow>> RulingsAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Certificates matching every part of <paramref name="query"/> given, newest first, a page.</summary>
    Task<IReadOnlyList<CertificateListing>> FindCertificatesAsync(CertificateQuery query, long skip, int take, CancellationToken cancellationToken = default);
}
