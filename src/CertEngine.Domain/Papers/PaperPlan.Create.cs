using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Papers;

public sealed partial class PaperPlan
{
    /// <summary>
    /// Checks a theory blueprint against a bank version and lays out its pools. Refused, with one line per problem,
    /// when the blueprint is not a theory blueprint, its sections and cells disagree (a type drawn in a cell but
    /// without a section, a section whose count differs from its cells' sum, two sections of one type, overlapping
    /// or unknown cells), a cell × type pool holds fewer items than one paper draws, or enemy items could leave a
    /// pool short.
    /// </summary>
    /// <param name="bank">The published bank version (already validated).</param>
    /// <param name="bankId">The bank's id (occupation code), recorded on every paper.</param>
    /// <param name="bankVersion">The published version number (≥ 1), recorded on every paper.</param>
    /// <param name="blueprint">A theory blueprint of that bank.</param>
    /// <remarks>
    /// The enemy check is conservative. A pool of P items drawing k is safe when P − (k − 1) − S ≥ 1, where S bounds
    /// how many of its items the rest of one paper can block: the smaller of the number of its items that have an
    /// enemy at all and, over every pool, the sum of the largest counts of this pool's items that one of that pool's
    /// items is an enemy of, taking as many counts as that pool puts on a paper (k − 1 for this pool itself). A safe
    /// pool can always supply a replacement, whatever else the paper holds. Where two enemies meet and no exchange
    /// fits, the one in a safe pool is dropped; so the plan is refused only when two enemies both sit in pools that
    /// are not safe.
    /// </remarks>
    public static PaperPlanResult Create(Bank bank, string bankId, int bankVersion, Blueprint blueprint)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentException.ThrowIfNullOrWhiteSpace(bankId);
        ArgumentOutOfRangeException.ThrowIfLessThan(bankVersion, 1);
        ArgumentNullException.ThrowIfNull(blueprint);

        var problems = new List<string>();
        if (blueprint.Mode != BlueprintMode.Theory)
        {
            problems.Add($"blueprint {blueprint.Name}: not a theory blueprint");
            return new PaperPlanResult.Refused(problems);
        }

        CheckLayout(bank, blueprint, problems);
        if (problems.Count > 0)
        {
            return new PaperPlanResult.Refused(problems);
        }

        var items = new List<Item>();
        var poolItems = new List<(BlueprintCell Cell, ItemType Type, int Draw, List<int> Items)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in blueprint.Cells)
        {
            foreach (var section in blueprint.Sections)
            {
                var draw = cell.Counts.GetValueOrDefault(section.Type);
                if (draw == 0)
                {
                    continue;
                }

                var members = new List<int>();
                foreach (var item in bank.Items.Where(i => i.Type == section.Type).OrderBy(i => i.Id, StringComparer.Ordinal))
                {
                    if (bank.FindElement(item.ElementId) is { } element && bank.IsWithin(element.NodeId, cell.NodeId)
                        && bank.ItemAppliesTo(item, blueprint.Level, blueprint.WorkType) && seen.Add(item.Id))
                    {
                        members.Add(items.Count);
                        items.Add(item);
                    }
                }

                if (members.Count < draw)
                {
                    problems.Add($"blueprint {blueprint.Name}: cell {cell.NodeId} × {section.Type.ToYaml()} holds {members.Count} items, one paper draws {draw}");
                }

                poolItems.Add((cell, section.Type, draw, members));
            }
        }

        var enemies = Enemies(items);
        var safe = CheckEnemies(blueprint, poolItems.Select(p => (p.Cell.NodeId, p.Type, p.Draw, p.Items)).ToList(), enemies, problems);
        if (problems.Count > 0)
        {
            return new PaperPlanResult.Refused(problems);
        }

        var elementIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var elementOf = items.Select(i => elementIds.TryGetValue(i.ElementId, out var e) ? e : elementIds[i.ElementId] = elementIds.Count).ToArray();
        var isCore = items.Select(i => bank.FindElement(i.ElementId)?.Tag == ElementTag.X).ToArray();
        var pools = poolItems.Select((p, index) => Layout(bank, index, p.Cell.NodeId, p.Type, p.Draw, p.Items, items)).ToArray();
        return new PaperPlanResult.Ready(new PaperPlan(bankId, bankVersion, blueprint, items.ToArray(), enemies, elementOf, isCore, pools, safe));
    }

    private static void CheckLayout(Bank bank, Blueprint blueprint, List<string> problems)
    {
        var what = $"blueprint {blueprint.Name}";
        if (blueprint.Sections.Count == 0)
        {
            problems.Add($"{what}: no sections");
        }

        foreach (var section in blueprint.Sections)
        {
            if (section.Count < 1 || section.Points <= 0)
            {
                problems.Add($"{what}: section {section.Type.ToYaml()} needs a count ≥ 1 and points > 0");
            }

            if (blueprint.Sections.Count(s => s.Type == section.Type) > 1)
            {
                problems.Add($"{what}: more than one {section.Type.ToYaml()} section");
            }

            var drawn = blueprint.Cells.Sum(c => c.Counts.GetValueOrDefault(section.Type));
            if (drawn != section.Count)
            {
                problems.Add($"{what}: section {section.Type.ToYaml()} has {section.Count} items but its cells draw {drawn}");
            }
        }

        for (var i = 0; i < blueprint.Cells.Count; i++)
        {
            var cell = blueprint.Cells[i];
            if (bank.FindNode(cell.NodeId) is null)
            {
                problems.Add($"{what}: cell {cell.NodeId} is not a syllabus node");
            }

            foreach (var (type, count) in cell.Counts)
            {
                if (count < 0)
                {
                    problems.Add($"{what}: cell {cell.NodeId} draws {count} {type.ToYaml()} items");
                }
                else if (count > 0 && blueprint.Sections.All(s => s.Type != type))
                {
                    problems.Add($"{what}: cell {cell.NodeId} draws {type.ToYaml()} items but there is no {type.ToYaml()} section");
                }
            }

            for (var j = 0; j < i; j++)
            {
                var other = blueprint.Cells[j];
                if (bank.IsWithin(cell.NodeId, other.NodeId) || bank.IsWithin(other.NodeId, cell.NodeId) || cell.NodeId == other.NodeId)
                {
                    problems.Add($"{what}: cells {other.NodeId} and {cell.NodeId} overlap");
                }
            }
        }
    }

    /// <summary>Symmetric enemy lists over the plan's items (an item listing an item outside the plan is ignored).</summary>
    private static int[][] Enemies(List<Item> items)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            index[items[i].Id] = i;
        }

        var sets = items.Select(_ => new SortedSet<int>()).ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var enemy in items[i].Enemies)
            {
                if (index.TryGetValue(enemy, out var j) && j != i)
                {
                    sets[i].Add(j);
                    sets[j].Add(i);
                }
            }
        }

        return sets.Select(s => s.ToArray()).ToArray();
    }

    /// <summary>Marks each pool safe or not (see <see cref="Create"/>) and refuses enemy pairs with no safe side.</summary>
    private static bool[] CheckEnemies(Blueprint blueprint, List<(string Cell, ItemType Type, int Draw, List<int> Items)> pools, int[][] enemies, List<string> problems)
    {
        var safe = new bool[pools.Count];
        var bounds = new int[pools.Count];
        for (var p = 0; p < pools.Count; p++)
        {
            var (_, _, draw, members) = pools[p];
            var blocks = new Dictionary<int, int>();
            foreach (var item in members)
            {
                foreach (var enemy in enemies[item])
                {
                    blocks[enemy] = blocks.GetValueOrDefault(enemy) + 1;
                }
            }

            var worst = 0;
            for (var q = 0; q < pools.Count; q++)
            {
                var slots = q == p ? draw - 1 : pools[q].Draw;
                worst += pools[q].Items.Select(i => blocks.GetValueOrDefault(i)).OrderDescending().Take(slots).Sum();
            }

            bounds[p] = Math.Min(worst, members.Count(i => enemies[i].Length > 0));
            safe[p] = members.Count - (draw - 1) - bounds[p] >= 1;
        }

        var poolOf = new Dictionary<int, int>();
        for (var p = 0; p < pools.Count; p++)
        {
            foreach (var item in pools[p].Items)
            {
                poolOf[item] = p;
            }
        }

        var refused = new HashSet<int>();
        for (var p = 0; p < pools.Count; p++)
        {
            if (safe[p])
            {
                continue;
            }

            foreach (var item in pools[p].Items)
            {
                if (enemies[item].Any(e => poolOf.TryGetValue(e, out var q) && !safe[q]) && refused.Add(p))
                {
                    var (cell, type, draw, members) = pools[p];
                    problems.Add($"blueprint {blueprint.Name}: cell {cell} × {type.ToYaml()}: enemy items could block {bounds[p]} of its {members.Count} items, leaving fewer than the {draw} one paper draws");
                }
            }
        }

        return safe;
    }

    private static PaperPool Layout(Bank bank, int index, string cell, ItemType type, int draw, List<int> members, List<Item> items)
    {
        var elements = members
            .GroupBy(i => items[i].ElementId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Tag: bank.FindElement(g.Key)?.Tag ?? ElementTag.Z, Items: (IReadOnlyList<int>)g.OrderBy(i => items[i].Id, StringComparer.Ordinal).ToList()))
            .OrderByDescending(e => e.Items.Count)
            .ThenBy(e => e.Tag)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var groups = new List<int>();
        for (var e = 0; e < elements.Count; e++)
        {
            if (e > 0 && elements[e].Items.Count == elements[e - 1].Items.Count && elements[e].Tag == elements[e - 1].Tag)
            {
                groups[^1]++;
            }
            else
            {
                groups.Add(1);
            }
        }

        return new PaperPool(index, cell, type, draw, elements.Select(e => e.Items).ToList(), groups);
    }
}
