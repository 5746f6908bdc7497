namespace CertEngine.Storage.Records.Supervision;

/// <summary>Supervision records (migration 0014): appended, never changed.</summary>
public interface ISupervisionRecords
{
    /// <summary>The most sitting ids one <see cref="SignedAsync"/> call takes.</summary>
    const int MaxSittings = 5_000;

    /// <summary>
    /// Appends a record; false, with nothing changed, when its id is already stored, when it is a signed record correcting
    /// nothing and the sitting already has one (the first signature is unique at the store, migration 0019, so two
    /// supervisors signing at once on two silos cannot both be first), or when it corrects a record that already has a
    /// correction. The caller reads the sitting again to say which.
    /// </summary>
    Task<bool> AppendAsync(SupervisionRecordRow record, CancellationToken cancellationToken = default);

    /// <summary>A sitting's records, oldest first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<SupervisionRecordRow>> ForSittingAsync(string sessionId, int take, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="sessionIds"/> (at most <see cref="MaxSittings"/>) have a signed record.</summary>
    Task<IReadOnlySet<string>> SignedAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken = default);
}
