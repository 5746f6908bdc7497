namespace CertEngine.Domain.QuestionBanks;

/// <summary>
/// A question bank for one occupation as loaded: its catalogue entry, syllabus, weights, items, practical
/// tasks and blueprints, with lookups over them. It may still hold errors: see <see cref="BankValidator"/>.
/// </summary>
public sealed class Bank
{
    private readonly Dictionary<string, SyllabusNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyllabusElement> _elements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Item> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SyllabusNode>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SyllabusElement>> _elementsOf = new(StringComparer.Ordinal);

    /// <summary>Builds the lookups; where ids repeat, the first one written wins (the validator reports the rest).</summary>
    public Bank(
        IReadOnlyList<LevelInfo> levelCatalogue,
        PublicationRules rules,
        Occupation occupation,
        IReadOnlyList<SyllabusNode> nodes,
        IReadOnlyList<SyllabusElement> elements,
        IReadOnlyList<WeightEntry> weights,
        IReadOnlyList<Item> items,
        IReadOnlyList<PracticalTask> tasks,
        IReadOnlyList<Blueprint> blueprints)
    {
        LevelCatalogue = levelCatalogue;
        Rules = rules;
        Occupation = occupation;
        Nodes = nodes;
        Elements = elements;
        Weights = weights;
        Items = items;
        Tasks = tasks;
        Blueprints = blueprints;
        foreach (var node in nodes)
        {
            _nodes.TryAdd(node.Id, node);
            if (node.ParentId is { } parent)
            {
                Children(parent).Add(node);
            }
        }

        foreach (var element in elements)
        {
            _elements.TryAdd(element.Id, element);
            if (!_elementsOf.TryGetValue(element.NodeId, out var list))
            {
                _elementsOf[element.NodeId] = list = [];
            }

            list.Add(element);
        }

        foreach (var item in items)
        {
            _items.TryAdd(item.Id, item);
        }
    }

    /// <summary>The national levels (五级 to 一级) with their names and titles, from catalogue.yaml.</summary>
    public IReadOnlyList<LevelInfo> LevelCatalogue { get; }
    /// <summary>The publication rules this bank is held to (catalogue defaults, overridden by the occupation).</summary>
    public PublicationRules Rules { get; }
    /// <summary>The occupation (or 专项) the bank examines.</summary>
    public Occupation Occupation { get; }
    /// <summary>Every syllabus node (职业功能, 工作内容), in written order.</summary>
    public IReadOnlyList<SyllabusNode> Nodes { get; }
    /// <summary>Every 鉴定点, in written order.</summary>
    public IReadOnlyList<SyllabusElement> Elements { get; }
    /// <summary>The 比重表: each node's weight per level and table (theory, skill).</summary>
    public IReadOnlyList<WeightEntry> Weights { get; }
    /// <summary>Every theory item, in written order.</summary>
    public IReadOnlyList<Item> Items { get; }
    /// <summary>Every practical task, in written order.</summary>
    public IReadOnlyList<PracticalTask> Tasks { get; }
    /// <summary>The 组卷方案: one per level, 工种 and component.</summary>
    public IReadOnlyList<Blueprint> Blueprints { get; }

    /// <summary>
    /// The most parents any walk up the syllabus follows. The validator allows three levels; the guard keeps walks over a
    /// bank that is still being checked (whose nodes may name each other as parents) finite.
    /// </summary>
    public const int MaxWalk = 64;

    /// <summary>The 综合评审 material per level (review.yaml), in written order; empty when the bank has none.</summary>
    public IReadOnlyList<ReviewMaterial> Reviews { get; init; } = [];

    /// <summary>The 综合评审 material of <paramref name="level"/>, or null when the bank has none for it.</summary>
    public ReviewMaterial? ReviewFor(int level) => Reviews.FirstOrDefault(r => r.Level == level);

    /// <summary>The thresholds of <c>bank lint</c> (catalogue.yaml <c>lint:</c>); null when none are written (a published version freezes none).</summary>
    public Lint.LintRules? LintRules { get; init; }

    /// <summary>Top-level nodes, in written order.</summary>
    public IEnumerable<SyllabusNode> Roots => Nodes.Where(n => n.ParentId is null);

    /// <summary>The node with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public SyllabusNode? FindNode(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>The 鉴定点 with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public SyllabusElement? FindElement(string id) => _elements.GetValueOrDefault(id);

    /// <summary>The item with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Item? FindItem(string id) => _items.GetValueOrDefault(id);

    /// <summary>Direct sub-nodes of a node, in written order.</summary>
    public IReadOnlyList<SyllabusNode> ChildrenOf(string nodeId) => _children.GetValueOrDefault(nodeId) ?? [];

    /// <summary>Elements written directly under a node.</summary>
    public IReadOnlyList<SyllabusElement> ElementsOf(string nodeId) => _elementsOf.GetValueOrDefault(nodeId) ?? [];

    /// <summary>
    /// Every element in the subtree of a node (the node itself included), each node visited once, so a bank whose
    /// nodes name each other as parents (reported by the validator) still gives an answer.
    /// </summary>
    public IEnumerable<SyllabusElement> ElementsUnder(string nodeId)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { nodeId };
        var pending = new Stack<string>([nodeId]);
        while (pending.TryPop(out var current))
        {
            foreach (var element in ElementsOf(current))
            {
                yield return element;
            }

            foreach (var child in ChildrenOf(current).Reverse())
            {
                if (visited.Add(child.Id))
                {
                    pending.Push(child.Id);
                }
            }
        }
    }

    /// <summary>True when <paramref name="nodeId"/> is <paramref name="ancestorId"/> or lies beneath it (looking up at most <see cref="MaxWalk"/> parents).</summary>
    public bool IsWithin(string nodeId, string ancestorId)
    {
        var guard = 0;
        for (var current = FindNode(nodeId); current is not null && guard++ < MaxWalk; current = current.ParentId is { } p ? FindNode(p) : null)
        {
            if (current.Id == ancestorId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether following <paramref name="node"/>'s parents comes back to a node already passed (the nodes name each other as
    /// parents), or climbs further than <see cref="MaxWalk"/>.
    /// </summary>
    public bool HasParentCycle(SyllabusNode node)
    {
        var passed = new HashSet<string>(StringComparer.Ordinal) { node.Id };
        for (var current = node; current.ParentId is { } p && FindNode(p) is { } parent; current = parent)
        {
            if (!passed.Add(parent.Id) || passed.Count > MaxWalk)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>1 for a top-level node, 2 for its children, and so on.</summary>
    public int DepthOf(SyllabusNode node)
    {
        var depth = 1;
        for (var current = node; current.ParentId is { } p && FindNode(p) is { } parent && depth < MaxWalk; current = parent)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>
    /// The 比重表 one level and 工种 is weighed by: the 工种's own table where the syllabus writes one (<c>5/母婴护理员</c>),
    /// else the level's table without the nodes that belong to other 工种.
    /// </summary>
    public IReadOnlyList<WeightEntry> WeightsFor(WeightTable table, int level, string? workType)
    {
        if (workType is not null)
        {
            var own = Weights.Where(w => w.Table == table && w.Level == level && w.WorkType == workType).ToList();
            if (own.Count > 0)
            {
                return own;
            }
        }

        return Weights.Where(w => w.Table == table && w.Level == level && w.WorkType is null
            && (workType is null || FindNode(w.NodeId) is null || AppliesTo(w.NodeId, level, workType))).ToList();
    }

    /// <summary>Whether a node's 细目表 includes <paramref name="level"/>: its own levels, else its nearest ancestor's, else every level.</summary>
    public bool AppliesTo(string nodeId, int level, string? workType)
    {
        return Inherited(nodeId, n => n.Levels)?.Contains(level) != false
            && (workType is null || Inherited(nodeId, n => n.WorkTypes)?.Contains(workType) != false);
    }

    /// <summary>Whether an item may be drawn for a level and 工种: its element's node applies to them.</summary>
    public bool ItemAppliesTo(Item item, int level, string? workType) =>
        FindElement(item.ElementId) is { } element && AppliesTo(element.NodeId, level, workType);

    /// <summary>
    /// The blueprint of one mode for a track's level and 工种: the one written for the 工种, else the level's without one.
    /// For a 专项 pass a null level (and no 工种): its blueprints are filed under <see cref="Occupation.SpecialtyLevel"/>.
    /// Null when the bank has none.
    /// </summary>
    public Blueprint? FindBlueprint(int? level, string? workType, BlueprintMode mode)
    {
        if ((level ?? (Occupation.IsSpecialty ? Occupation.SpecialtyLevel : null)) is not { } digit)
        {
            return null;
        }

        return Blueprints.FirstOrDefault(b => b.Mode == mode && b.Level == digit && b.WorkType == workType)
            ?? Blueprints.FirstOrDefault(b => b.Mode == mode && b.Level == digit && b.WorkType is null);
    }

    /// <summary>The level's label from the catalogue (<c>四级/中级工</c>), <c>专项</c> for a 专项's level-less data, or the digit.</summary>
    public string LevelName(int digit) =>
        Occupation.IsSpecialty && digit == Occupation.SpecialtyLevel ? "专项" :
        LevelCatalogue.FirstOrDefault(l => l.Digit == digit)?.DisplayName ?? digit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private IReadOnlyList<T>? Inherited<T>(string nodeId, Func<SyllabusNode, IReadOnlyList<T>?> select)
    {
        var guard = 0;
        for (var current = FindNode(nodeId); current is not null && guard++ < MaxWalk; current = current.ParentId is { } p ? FindNode(p) : null)
        {
            if (select(current) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private List<SyllabusNode> Children(string parent)
    {
        if (!_children.TryGetValue(parent, out var list))
        {
            _children[parent] = list = [];
        }

        return list;
    }
}
