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

    /// <summary>
    /// The sittings of the list whose ids come after <paramref name="after"/> (ordinal order; "" for the first page), at most
    /// <paramref name="take"/>: a walk over every sitting one page at a time, whatever their number.
    /// </summary>
    Task<IReadOnlyList<string>> SessionIdsAfterAsync(string indexKey, string after, int take, CancellationToken cancellationToken = default);
}
