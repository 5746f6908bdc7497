using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Benchmarks;

/// <summary>
/// A 5,000-item bank in memory: 20 cells of 50 鉴定点, each 鉴定点 with 4 单选 and 1 判断 (4,000 + 1,000 items), a few
/// enemy pairs per cell, and a 100-item blueprint drawing 4 单选 + 1 判断 from every cell (80 × 1 + 20 × 1 points).
/// </summary>
public static class SyntheticBank
{
    public const int Cells = 20;
    public const int ElementsPerCell = 50;

    private static readonly SourceLocation Here = new("benchmark", 1);

    public static (Bank Bank, Blueprint Blueprint) Build()
    {
        var nodes = new List<SyllabusNode>();
        var elements = new List<SyllabusElement>();
        var items = new List<Item>();
        var cells = new List<BlueprintCell>();
        for (var c = 0; c < Cells; c++)
        {
            var node = $"cell{c:D2}";
            nodes.Add(new SyllabusNode(node, node, null, null, null, null, Here));
            cells.Add(new BlueprintCell(node, new Dictionary<ItemType, int> { [ItemType.Single] = 4, [ItemType.Judge] = 1 }, Here));
            for (var e = 0; e < ElementsPerCell; e++)
            {
                var element = $"{node}.{e:D3}";
                elements.Add(new SyllabusElement(element, element, e % 10 == 9 ? ElementTag.Y : ElementTag.X, node, Here));
                for (var n = 0; n < 4; n++)
                {
                    // Every tenth 鉴定点's first single is the enemy of its judge item.
                    IReadOnlyList<string> enemies = e % 10 == 0 && n == 0 ? [$"{element}-j"] : [];
                    items.Add(new Item($"{element}-s{n}", 1, ItemType.Single, element, 2, "stem", Options(), ["ABCD"[(e + n) % 4].ToString()], enemies, null, Here));
                }

                items.Add(new Item($"{element}-j", 1, ItemType.Judge, element, 2, "stem", [new("A", "正确"), new("B", "错误")], [e % 2 == 0 ? "A" : "B"], [], null, Here));
            }
        }

        var occupation = new Occupation("9-99-99-99", "benchmark", "benchmark", "2026", null, null, [5], [],
            new Dictionary<int, IReadOnlyList<string>>(), new Dictionary<int, IReadOnlyList<ComponentSpec>>(), Here);
        var blueprint = new Blueprint(5, null, BlueprintMode.Theory, 90,
            [new PaperSection(ItemType.Single, 4 * Cells, 1m), new PaperSection(ItemType.Judge, Cells, 1m)], cells, [], Here);
        var bank = new Bank([new LevelInfo(5, "五级", "初级工")], PublicationRules.None, occupation, nodes, elements, [], items, [], [blueprint]);
        return (bank, blueprint);
    }

    private static List<ItemOption> Options() => [new("A", "a"), new("B", "b"), new("C", "c"), new("D", "d")];
}
