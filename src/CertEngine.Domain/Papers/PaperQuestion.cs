using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Papers;

/// <summary>One question on a candidate's paper, pinned to the item's version.</summary>
/// <param name="ItemId">The bank item's id.</param>
/// <param name="ItemVersion">The item's content version in the bank version the paper was drawn from (≥ 1).</param>
/// <param name="Type">单选, 多选 or 判断.</param>
/// <param name="Points">Points for this question, from the blueprint section (&gt; 0).</param>
/// <param name="CellNodeId">The blueprint cell (weighted syllabus node) the item was drawn for.</param>
/// <param name="OptionOrder">
/// The item's stored option labels in the order shown to the candidate: display position 0 is shown as "A",
/// 1 as "B" and so on (see <see cref="DisplayLabels"/>). Empty for 判断 items, whose two options are never shuffled.
/// </param>
/// <remarks>Equality compares every field, <paramref name="OptionOrder"/> element by element.</remarks>
public sealed record PaperQuestion(
    string ItemId,
    int ItemVersion,
    ItemType Type,
    decimal Points,
    string CellNodeId,
    IReadOnlyList<string> OptionOrder)
{
    /// <summary>True when every field is equal and the option orders hold the same labels in the same order.</summary>
    public bool Equals(PaperQuestion? other) =>
        other is not null
        && ItemId == other.ItemId
        && ItemVersion == other.ItemVersion
        && Type == other.Type
        && Points == other.Points
        && CellNodeId == other.CellNodeId
        && OptionOrder.SequenceEqual(other.OptionOrder);

    /// <summary>A hash consistent with <see cref="Equals(PaperQuestion?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ItemId);
        hash.Add(ItemVersion);
        hash.Add(Type);
        hash.Add(Points);
        hash.Add(CellNodeId);
        foreach (var label in OptionOrder)
        {
            hash.Add(label);
        }

        return hash.ToHashCode();
    }
}
