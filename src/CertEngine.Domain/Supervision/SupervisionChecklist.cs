namespace CertEngine.Domain.Supervision;

/// <summary>
/// The supervision checklist (督导检查表), kept as data (<c>tracks/supervision/checklist.yaml</c>): the items a 督导员
/// answers for every sitting, in the order the page lists them. Item ids are unique.
/// </summary>
public sealed class SupervisionChecklist
{
    private SupervisionChecklist(IReadOnlyList<SupervisionItem> items) => Items = items;

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<SupervisionItem> Items { get; }

    /// <summary>A checklist of <paramref name="items"/>.</summary>
    /// <exception cref="ArgumentException">No items, or an id given twice.</exception>
    public static SupervisionChecklist Create(IReadOnlyList<SupervisionItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0 || items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            throw new ArgumentException("A checklist has items with distinct ids.", nameof(items));
        }

        return new SupervisionChecklist([.. items]);
    }

    /// <summary>The item with id <paramref name="id"/>, or null.</summary>
    public SupervisionItem? Find(string id) => Items.FirstOrDefault(i => i.Id == id);
}
