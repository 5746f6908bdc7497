namespace CertEngine.Domain.QuestionBanks.Stats;

/// <summary>
/// A syllabus node under a blueprint cell (a 工作内容, or the cell itself at <paramref name="Depth"/> 0): its 鉴定点 and items
/// for one level, by type and by difficulty.
/// </summary>
/// <param name="Depth">0 for the cell, 1 for a node beneath it, and so on.</param>
/// <param name="Elements">鉴定点 under the node that apply to the level.</param>
/// <param name="ElementsWithoutItems">Of those, how many have no item the level may draw.</param>
/// <param name="Items">Items under the node the level may draw, by type.</param>
/// <param name="ByDifficulty">The same items by difficulty: index 0 holds rating 1, index 4 rating 5.</param>
public sealed record ContentStatistics(
    string NodeId,
    string Name,
    int Depth,
    int Elements,
    int ElementsWithoutItems,
    IReadOnlyDictionary<ItemType, int> Items,
    IReadOnlyList<int> ByDifficulty);
