namespace CertEngine.Storage.Records;

/// <summary>The record store's lists of sittings for the consoles (migration 0005): one list per staff member, and one of every sitting.</summary>
public interface ISittingIndexStore
{
    /// <summary>Adds or replaces sittings on the list <paramref name="indexKey"/>.</summary>
    Task PutAsync(string indexKey, IReadOnlyList<SittingRow> sittings, CancellationToken cancellationToken = default);

    /// <summary>Takes a sitting off the list <paramref name="indexKey"/>; nothing when absent.</summary>
    Task RemoveAsync(string indexKey, string sessionId, CancellationToken cancellationToken = default);

    /// <summary>The latest-starting <paramref name="take"/> sittings of the list, latest first.</summary>
    Task<IReadOnlyList<SittingRow>> ListAsync(string indexKey, int take, CancellationToken cancellationToken = default);
}
