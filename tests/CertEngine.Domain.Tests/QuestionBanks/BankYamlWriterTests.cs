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

    private static string Clean(string text)
    {
        // The reader trims text and YAML cannot hold most control characters: authors never write either.
        var kept = new string(text.Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && c != '\uFEFF').ToArray()).Trim();
        return kept.Length == 0 ? "文字" : kept;
    }
}
