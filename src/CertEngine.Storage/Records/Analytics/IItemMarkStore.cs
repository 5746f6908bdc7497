namespace CertEngine.Storage.Records.Analytics;

/// <summary>Authors' marks on items (migration 0013): appended, never changed; the latest per bank and item holds.</summary>
public interface IItemMarkStore
{
    /// <summary>The most current marks <see cref="CurrentAsync"/> returns (a bank holds a few thousand items).</summary>
    const int MaxMarks = 50_000;

    /// <summary>Appends a mark; false when its id is already stored (nothing changes).</summary>
    Task<bool> AppendAsync(ItemMark mark, CancellationToken cancellationToken = default);

    /// <summary>The latest mark of each item of <paramref name="bankCode"/> that is not cleared, by item id.</summary>
    Task<IReadOnlyList<ItemMark>> CurrentAsync(string bankCode, CancellationToken cancellationToken = default);
}
