using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tests.Papers;

/// <summary>
/// Builds a small bank in memory: cells (top-level syllabus nodes) with 鉴定点 and items per type, enemy pairs, key
/// overrides, and a level-5 theory blueprint drawing from the cells. Item ids read <c>{cell}-{s|m|j}-{element}-{n}</c>.
/// </summary>
public sealed class SyntheticBankBuilder
{
    private static readonly SourceLocation Here = new("synthetic.yaml", 1);

    private readonly List<SyllabusNode> _nodes = [];
    private readonly List<SyllabusElement> _elements = [];
    private readonly List<Item> _items = [];
    private readonly List<(ItemType Type, decimal Points)> _sections = [];
    private readonly Dictionary<string, Dictionary<ItemType, int>> _draws = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _enemies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Version, string[] Key)> _keys = new(StringComparer.Ordinal);

    /// <summary>Adds a cell with <paramref name="elements"/> 鉴定点, each holding the given number of items per type.</summary>
    public SyntheticBankBuilder WithCell(string nodeId, int elements, int singles, int judges, int multiples = 0, ElementTag tag = ElementTag.X)
    {
        _nodes.Add(new SyllabusNode(nodeId, nodeId, null, null, null, null, Here));
        _draws[nodeId] = [];
        for (var e = 0; e < elements; e++)
        {
            var elementId = $"{nodeId}.{e:D3}";
            _elements.Add(new SyllabusElement(elementId, elementId, tag, nodeId, Here));
            Add(nodeId, e, elementId, ItemType.Single, singles);
            Add(nodeId, e, elementId, ItemType.Judge, judges);
            Add(nodeId, e, elementId, ItemType.Multiple, multiples);
        }

        return this;
    }

    /// <summary>A section of the blueprint; its count is what the cells draw of its type.</summary>
    public SyntheticBankBuilder WithSection(ItemType type, decimal points)
    {
        _sections.Add((type, points));
        return this;
    }

    /// <summary>How many items of a type one paper draws from a cell.</summary>
    public SyntheticBankBuilder Draw(string nodeId, ItemType type, int count)
    {
        _draws[nodeId][type] = count;
        return this;
    }

    /// <summary>Makes two items enemies (written on the first only; the relation is symmetric).</summary>
    public SyntheticBankBuilder WithEnemies(string itemId, string enemyId)
    {
        if (!_enemies.TryGetValue(itemId, out var list))
        {
            _enemies[itemId] = list = [];
        }

        list.Add(enemyId);
        return this;
    }

    /// <summary>Replaces an item's key (and raises its version, as a 勘误 would).</summary>
    public SyntheticBankBuilder WithKey(string itemId, int version, params string[] key)
    {
        _keys[itemId] = (version, key);
        return this;
    }

    public Bank Build()
    {
        var items = _items.Select(i => i with
        {
            Enemies = _enemies.GetValueOrDefault(i.Id) ?? [],
            Version = _keys.TryGetValue(i.Id, out var k) ? k.Version : i.Version,
            Key = _keys.TryGetValue(i.Id, out var key) ? key.Key : i.Key,
        }).ToList();
        var occupation = new Occupation("9-99-99-99", "测试职业", "测试标准", "2026", null, null, [5], [],
            new Dictionary<int, IReadOnlyList<string>>(), new Dictionary<int, IReadOnlyList<ComponentSpec>>(), Here);
        return new Bank([new LevelInfo(5, "五级", "初级工")], PublicationRules.None, occupation, _nodes, _elements, [], items, [], [Blueprint()]);
    }

    public Blueprint Blueprint()
    {
        var sections = _sections.Select(s => new PaperSection(s.Type, _draws.Values.Sum(d => d.GetValueOrDefault(s.Type)), s.Points)).ToList();
        var cells = _draws.Select(d => new BlueprintCell(d.Key, d.Value, Here)).ToList();
        return new Blueprint(5, null, BlueprintMode.Theory, 90, sections, cells, [], Here);
    }

    private void Add(string nodeId, int element, string elementId, ItemType type, int count)
    {
        var letter = type switch { ItemType.Single => "s", ItemType.Multiple => "m", _ => "j" };
        for (var n = 0; n < count; n++)
        {
            var id = $"{nodeId}-{letter}-{element:D3}-{n}";
            var (options, key) = type switch
            {
                ItemType.Single => (Options("ABCD"), new[] { "ABCD"[(element + n) % 4].ToString() }),
                ItemType.Multiple => (Options("ABCDE"), (element + n) % 2 == 0 ? new[] { "A", "C" } : ["B", "D", "E"]),
                _ => ([new ItemOption("A", "正确"), new ItemOption("B", "错误")], new[] { (element + n) % 2 == 0 ? "A" : "B" }),
            };
            _items.Add(new Item(id, 1, type, elementId, 2, $"stem of {id}", options, key, [], null, Here));
        }
    }

    private static List<ItemOption> Options(string labels) => labels.Select(c => new ItemOption(c.ToString(), $"option {c}")).ToList();
}
