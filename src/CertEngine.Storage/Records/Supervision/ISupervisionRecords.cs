namespace CertEngine.Storage.Records.Supervision;

/// <summary>Supervision records (migration 0014): appended, never changed.</summary>
public interface ISupervisionRecords
{
    /// <summary>The most sitting ids one <see cref="SignedAsync"/> call takes.</summary>
    const int MaxSittings = 5_000;

    /// <summary>Appends a record; false when its id is already stored (nothing changes).</summary>
    Task<bool> AppendAsync(SupervisionRecordRow record, CancellationToken cancellationToken = default);

    /// <summary>A sitting's records, oldest first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<SupervisionRecordRow>> ForSittingAsync(string sessionId, int take, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="sessionIds"/> (at most <see cref="MaxSittings"/>) have a signed record.</summary>
    Task<IReadOnlySet<string>> SignedAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken = default);
}
