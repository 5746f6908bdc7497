namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>An item as lint sees it: the levels it may be drawn for and its normalised stem + key as character pairs.</summary>
/// <param name="Levels">Level digits whose papers may draw the item.</param>
/// <param name="Pairs">Sorted character pairs of the normalised stem and key texts.</param>
internal sealed record LintItem(Item Item, IReadOnlySet<int> Levels, int[] Pairs)
{
    /// <summary>The option texts that are keys.</summary>
    public IEnumerable<string> KeyTexts => Item.Options.Where(o => Item.Key.Contains(o.Label)).Select(o => o.Text);

    /// <summary>The option texts that are not keys.</summary>
    public IEnumerable<string> DistractorTexts => Item.Options.Where(o => !Item.Key.Contains(o.Label)).Select(o => o.Text);

    /// <summary>True for 单选 and 多选.</summary>
    public bool IsChoice => Item.Type != ItemType.Judge;

    /// <summary>True for a 判断 keyed true (its first option, 正确).</summary>
    public bool IsTrueStatement => Item.Type == ItemType.Judge && Item.Options.Count > 0 && Item.Key.Contains(Item.Options[0].Label);
}
