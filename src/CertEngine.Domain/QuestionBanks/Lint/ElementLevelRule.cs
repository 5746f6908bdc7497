namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// Content that the syllabus files at another level: an item whose stem + key hold at least
/// <see cref="LintRules.ElementMatchShare"/> of the character pairs of a 鉴定点 name that applies to none of the item's levels,
/// more than of its own 鉴定点's name. A warning: the item is either filed under the wrong 鉴定点 or tests the other level.
/// </summary>
internal sealed class ElementLevelRule : IBankLintRule
{
    public void Check(LintContext context)
    {
        var bank = context.Bank;
        var assessed = bank.Occupation.AssessedLevels;
        var elements = bank.Elements
            .Select(e => (Element: e, Levels: assessed.Where(l => bank.AppliesTo(e.NodeId, l, null)).ToHashSet(),
                Pairs: LintText.Bigrams(LintText.Normalize(e.Name, context.Rules.StopWords))))
            .Where(e => e.Pairs.Length >= 2)
            .ToList();
        var postings = new Dictionary<int, List<int>>();
        for (var e = 0; e < elements.Count; e++)
        {
            foreach (var pair in elements[e].Pairs)
            {
                if (!postings.TryGetValue(pair, out var list))
                {
                    postings[pair] = list = [];
                }

                list.Add(e);
            }
        }

        var shared = new int[elements.Count];
        var ownIndex = elements.Select((e, i) => (e.Element.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        foreach (var item in context.Items.Where(i => i.Levels.Count > 0))
        {
            Array.Clear(shared);
            foreach (var pair in item.Pairs)
            {
                foreach (var e in postings.GetValueOrDefault(pair) ?? [])
                {
                    shared[e]++;
                }
            }

            double Match(int e) => (double)shared[e] / elements[e].Pairs.Length;
            var own = ownIndex.TryGetValue(item.Item.ElementId, out var o) ? Match(o) : 0;
            (int Index, double Match) best = (-1, 0);
            for (var e = 0; e < elements.Count; e++)
            {
                if (shared[e] > 0 && elements[e].Levels.Count > 0 && !elements[e].Levels.Overlaps(item.Levels) && Match(e) > best.Match)
                {
                    best = (e, Match(e));
                }
            }

            if (best.Index >= 0 && best.Match >= (double)context.Rules.ElementMatchShare && best.Match > own)
            {
                var other = elements[best.Index];
                context.Warn(BankLintRules.ElementLevel, item.Item.Location.At("element"),
                    $"item {item.Item.Id}: 内容更像 {string.Join("/", other.Levels.OrderDescending().Select(context.LevelName))} 的鉴定点 {other.Element.Id}「{other.Element.Name}」（{best.Match:P0}），而非本题的 {item.Item.ElementId}（{own:P0}） (its content matches the element {other.Element.Id} of another level ({best.Match:P0}) better than its own ({own:P0}))");
            }
        }
    }
}
