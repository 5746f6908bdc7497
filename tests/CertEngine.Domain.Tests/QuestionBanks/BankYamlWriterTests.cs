using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>Whatever text an item holds, writing it as YAML and reading it back gives the same content hash.</summary>
public sealed class BankYamlWriterTests
{
    [Property(MaxTest = 300)]
    public Property WriteItemsThenRead_AnyText_KeepsTheContent(NonEmptyString stem, NonEmptyString option, NonEmptyString explanation)
    {
        var text = Clean(stem.Get);
        var first = Clean(option.Get);
        var item = new Item("p-1", 1, ItemType.Single, "basic.001", 3, text,
            [new("A", first), new("B", first + "乙"), new("C", first + "丙"), new("D", first + "丁")],
            ["C"], ["p-2"], Clean(explanation.Get), new SourceLocation("t.yaml", 1));

        var yaml = BankYamlWriter.WriteItems([item], "property test");
        var problems = new List<BankProblem>();
        var draft = new BankDraft();
        new BankReader(draft, problems).Read(new BankFile("t.yaml", yaml));

        return (problems.Count == 0 && draft.Items.Count == 1 && ContentHash.Of(draft.Items[0]) == ContentHash.Of(item))
            .Label($"yaml:\n{yaml}\nproblems: {string.Join("; ", problems)}");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1:1.2")]
    [InlineData("#1 号")]
    [InlineData("key: value")]
    [InlineData("- 列表样")]
    [InlineData("[方括号]")]
    [InlineData("'单引号'")]
    [InlineData("\"双引号\"")]
    [InlineData("多行\n文字")]
    public void WriteItemsThenRead_TrickyText_KeepsTheContent(string text)
    {
        var item = new Item("p-1", 1, ItemType.Judge, "basic.001", 1, text, [new("A", "正确"), new("B", "错误")], ["B"], [], null,
            new SourceLocation("t.yaml", 1));

        var problems = new List<BankProblem>();
        var draft = new BankDraft();
        new BankReader(draft, problems).Read(new BankFile("t.yaml", BankYamlWriter.WriteItems([item], "x")));

        Assert.Empty(problems);
        Assert.Equal(text, Assert.Single(draft.Items).Stem);
        Assert.Equal(["B"], draft.Items[0].Key);
    }

    [Theory]
    [InlineData(null, 0.5)]    // left out: half points, the national practice
    [InlineData("1", 1.0)]     // whole points only
    public void ReadTask_MarkStep_DefaultsToHalfPointsAndRoundTrips(string? markStep, double expected)
    {
        var text = $"""
            tasks:
              - id: t1
                version: 1
                element: cooking
                title: 做一道菜
                minutes: 20
                points: 10
            {(markStep is null ? "" : $"    mark-step: {markStep}\n")}    instructions: 做菜
                criteria:
                  - {"{"} id: c1, name: 操作, points: 10, standard: 按规范 {"}"}
            """;
        var draft = new BankDraft();
        var problems = new List<BankProblem>();
        new BankReader(draft, problems).Read(new BankFile("t.yaml", text));
        var task = Assert.Single(draft.Tasks);

        var again = new BankDraft();
        new BankReader(again, problems).Read(new BankFile("t2.yaml", BankYamlWriter.WriteTasks([task], "x")));

        Assert.Empty(problems);
        Assert.Equal((decimal)expected, task.MarkStep);
        Assert.Equal(ContentHash.Of(task), ContentHash.Of(Assert.Single(again.Tasks)));
        Assert.Equal((decimal)expected, again.Tasks[0].MarkStep);
    }

    private static string Clean(string text)
    {
        // The reader trims text and YAML cannot hold most control characters: authors never write either.
        var kept = new string(text.Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && c != '\uFEFF').ToArray()).Trim();
        return kept.Length == 0 ? "文字" : kept;
    }
}
