namespace CertEngine.Storage.Records.Credit;

/// <summary>
/// A worker's credit record (家政信用) in the record store: training hours a training centre entered (migration 0011),
/// and the component results and certificates of the facts (migration 0006), all by ID number.
/// </summary>
public interface ICreditRecords
{
    /// <summary>The most rows of each kind a read returns.</summary>
    const int MaxRows = 500;

    /// <summary>Stores the entries not yet stored (by id), in one transaction; returns how many were new.</summary>
    Task<int> AddTrainingAsync(IReadOnlyList<TrainingEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>The worker's training entries, oldest first, at most <see cref="MaxRows"/>.</summary>
    Task<IReadOnlyList<TrainingEntry>> TrainingAsync(string idNumber, CancellationToken cancellationToken = default);

    /// <summary>The worker's component results, the latest per track, component and sitting, by exam date, at most <see cref="MaxRows"/>.</summary>
    Task<IReadOnlyList<CreditComponent>> ComponentsAsync(string idNumber, CancellationToken cancellationToken = default);

    /// <summary>The worker's certificates with their latest status, in order of issue, at most <see cref="MaxRows"/>.</summary>
    Task<IReadOnlyList<CreditCertificate>> CertificatesAsync(string idNumber, CancellationToken cancellationToken = default);
}
