namespace CertEngine.Domain.QuestionBanks.Stats;

/// <summary>
/// The figures of <c>bank stats</c>: per theory blueprint, the 鉴定点 and items under each cell and 工作内容 by type and
/// difficulty, each pool against its draw (pool ratio), the expected overlap of two papers, and where the bank is thin.
/// </summary>
public static class BankStatistics
{
    /// <summary>One entry per theory blueprint of the bank, in written order.</summary>
    public static IReadOnlyList<BlueprintStatistics> Of(Bank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return bank.Blueprints.Where(b => b.Mode == BlueprintMode.Theory).Select(b => Of(bank, b)).ToList();
    }

    private static BlueprintStatistics Of(Bank bank, Blueprint blueprint)
    {
        var drawable = bank.Items.Where(i => bank.ItemAppliesTo(i, blueprint.Level, blueprint.WorkType))
            .Select(i => (Item: i, NodeId: bank.FindElement(i.ElementId)!.NodeId)).ToList();
        var contents = new List<ContentStatistics>();
        var pools = new List<PoolStatistics>();
        foreach (var cell in blueprint.Cells)
        {
            foreach (var (node, depth) in Subtree(bank, cell.NodeId, 0).Where(n => bank.AppliesTo(n.Node.Id, blueprint.Level, blueprint.WorkType)))
            {
                var items = drawable.Where(x => bank.IsWithin(x.NodeId, node.Id)).Select(x => x.Item).ToList();
                var elements = bank.ElementsUnder(node.Id).Where(e => bank.AppliesTo(e.NodeId, blueprint.Level, blueprint.WorkType)).ToList();
                var tested = items.Select(i => i.ElementId).ToHashSet(StringComparer.Ordinal);
                contents.Add(new ContentStatistics(node.Id, node.Name, depth, elements.Count, elements.Count(e => !tested.Contains(e.Id)),
                    items.GroupBy(i => i.Type).ToDictionary(g => g.Key, g => g.Count()),
                    Enumerable.Range(1, 5).Select(d => items.Count(i => i.Difficulty == d)).ToList()));
            }

            foreach (var section in blueprint.Sections)
            {
                var drawn = cell.Counts.GetValueOrDefault(section.Type);
                if (drawn > 0)
                {
                    var pool = drawable.Count(x => x.Item.Type == section.Type && bank.IsWithin(x.NodeId, cell.NodeId));
                    pools.Add(new PoolStatistics(cell.NodeId, section.Type, drawn, pool, bank.Rules.MinPoolRatio));
                }
            }
        }

        return new BlueprintStatistics(blueprint.Level, blueprint.WorkType, blueprint.Sections.Sum(s => s.Count), contents, pools);
    }

    private static IEnumerable<(SyllabusNode Node, int Depth)> Subtree(Bank bank, string nodeId, int depth)
    {
        if (bank.FindNode(nodeId) is not { } node)
        {
            yield break;
        }

        yield return (node, depth);
        foreach (var child in bank.ChildrenOf(nodeId).SelectMany(c => Subtree(bank, c.Id, depth + 1)))
        {
            yield return child;
        }
    }
}
