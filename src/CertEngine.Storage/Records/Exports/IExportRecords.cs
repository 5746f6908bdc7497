namespace CertEngine.Storage.Records.Exports;

/// <summary>
/// The record store read for reports to the authority (数据上报) and the 一人多证 check list: certificates issued in a date
/// range and candidates' results of a sitting or a date range, each with the latest result per component, streamed in a
/// stable order; pairs of near-duplicate certificates and names. Reads the facts of migrations 0006 and 0007; writes nothing.
/// </summary>
public interface IExportRecords
{
    /// <summary>The most lines one report streams.</summary>
    const int MaxLines = 100_000;

    /// <summary>The most near-duplicate pairs one read returns.</summary>
    const int MaxPairs = 2_000;

    /// <summary>How many certificates were issued from <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
    Task<long> CountCertificatesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>
    /// The certificates issued from <paramref name="from"/> to <paramref name="to"/> (both included) by date of issue and
    /// number, at most <paramref name="take"/> (capped at <see cref="MaxLines"/>), each with the holder's latest valid
    /// (not void) result per component of its track. Streamed: rows are read as they are consumed.
    /// </summary>
    IAsyncEnumerable<NationalRecord> CertificatesAsync(DateOnly from, DateOnly to, int take, CancellationToken cancellationToken = default);

    /// <summary>How many candidate and track pairs <paramref name="scope"/> covers.</summary>
    Task<long> CountResultsAsync(ResultScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// One line per candidate and track with a result in <paramref name="scope"/>, by ID number and track, at most
    /// <paramref name="take"/> (capped at <see cref="MaxLines"/>): the latest result per component of that track (void
    /// ones included and flagged) and the track's latest certificate, if any. Streamed.
    /// </summary>
    IAsyncEnumerable<NationalRecord> ResultsAsync(ResultScope scope, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pairs to check for 一人多证: certificates of one ID number, occupation and level differing only in 工种, then ID numbers
    /// stored (on certificates or profiles) under more than one name; by ID number, at most <paramref name="take"/>
    /// (capped at <see cref="MaxPairs"/>).
    /// </summary>
    Task<IReadOnlyList<NearDuplicate>> NearDuplicatesAsync(int take, CancellationToken cancellationToken = default);
}
