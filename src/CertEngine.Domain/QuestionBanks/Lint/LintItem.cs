namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>An item as lint sees it: the levels it may be drawn for and its normalised stem + key as character pairs.</summary>
/// <param name="Levels">Level digits whose papers may draw the item.</param>
/// <param name="Pairs">Sorted character pairs of the normalised stem and key texts.</param>
internal sealed record LintItem(Item Item, IReadOnlySet<int> Levels, int[] Pairs)
{
    /// <summary>
    /// The papers the item can appear on, as level and 工种 (<c>5/家务服务员</c>; <c>5/</c> at a level without 工种). Two
    /// items of different 工种 of one level (母婴护理员 and 家庭照护员) never share a paper.
    /// </summary>
    public IReadOnlySet<string> Papers { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The option texts that are keys.</summary>
    public IEnumerable<string> KeyTexts => Item.Options.Where(o => Item.Key.Contains(o.Label)).Select(o => o.Text);

    /// <summary>The option texts that are not keys.</summary>
    public IEnumerable<string> DistractorTexts => Item.Options.Where(o => !Item.Key.Contains(o.Label)).Select(o => o.Text);

    /// <summary>True for 单选 and 多选.</summary>
    public bool IsChoice => Item.Type != ItemType.Judge;

    /// <summary>True for a 判断 keyed true (its first option, 正确).</summary>
    public bool IsTrueStatement => Item.Type == ItemType.Judge && Item.Options.Count > 0 && Item.Key.Contains(Item.Options[0].Label);
}
