namespace CertEngine.Storage.Records.Programmes;

/// <summary>
/// The programme report's reads (the facts of migrations 0004–0007 and the claims of 0012), grouped in the database by
/// track, county, exam centre and month, and the targets an Admin enters (migration 0012).
/// </summary>
public interface IProgrammeRecords
{
    /// <summary>Every measure of <paramref name="year"/> (China time), grouped; a few thousand cells at most per track.</summary>
    Task<IReadOnlyList<ProgrammeCell>> CellsAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Certificates issued per programme track over the years <paramref name="fromYear"/>–<paramref name="toYear"/>, by track.</summary>
    Task<IReadOnlyDictionary<string, long>> CertifiedAsync(int fromYear, int toYear, CancellationToken cancellationToken = default);

    /// <summary>The targets entered, by programme and year.</summary>
    Task<IReadOnlyList<StoredTarget>> TargetsAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a target, replacing the one of the same programme and year.</summary>
    Task SaveTargetAsync(StoredTarget target, CancellationToken cancellationToken = default);
}
