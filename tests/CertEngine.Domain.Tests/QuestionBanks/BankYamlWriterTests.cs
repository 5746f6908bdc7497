using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.QuestionBanks.Yaml;
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

    [Property(MaxTest = 500)]
    public Property WriteItems_AnyOptionText_ReadsBackAndNoYaml11ReaderSeesANonString()
    {
        return Prop.ForAll(Yaml11Texts().ArrayOf(4).ToArbitrary(), texts =>
        {
            var options = texts.Select((t, i) => new ItemOption(((char)('A' + i)).ToString(), t + new string('乙', i))).ToList();
            var item = new Item("p-1", 1, ItemType.Single, "basic.001", 3, texts[0], options, ["B"], [], null, new SourceLocation("t.yaml", 1));

            var yaml = BankYamlWriter.WriteItems([item], "property test");
            var problems = new List<BankProblem>();
            var draft = new BankDraft();
            new BankReader(draft, problems).Read(new BankFile("t.yaml", yaml));
            var misread = PlainNonStrings(YamlTreeReader.Read("t.yaml", yaml, problems)).ToList();

            return (problems.Count == 0 && draft.Items.Count == 1
                    && draft.Items[0].Options.Select(o => o.Text).SequenceEqual(options.Select(o => o.Text)) && draft.Items[0].Stem == texts[0]
                    && misread.Count == 0)
                .Label($"yaml:\n{yaml}\nproblems: {string.Join("; ", problems)}\nYAML 1.1 misreads: {string.Join("; ", misread)}");
        });
    }

    [Theory]
    [InlineData("1:10", "int")]
    [InlineData("1:0.5", "float")]
    [InlineData("010", "int")]
    [InlineData("1_000", "int")]
    [InlineData("0x1F", "int")]
    [InlineData("yes", "bool")]
    [InlineData("Off", "bool")]
    [InlineData("n", "bool")]
    [InlineData("~", "null")]
    [InlineData(".inf", "float")]
    [InlineData("2019-01-01", "timestamp")]
    [InlineData("1:1.2 左右", "str")]
    [InlineData("五级", "str")]
    public void Yaml11Resolver_KnownForms_ResolveAsAYaml11ReaderDoes(string plain, string tag)
    {
        Assert.Equal(tag, Yaml11Resolver.Resolve(plain));
    }

    [Fact]
    public void Write_ShippedBank_QuotesRatiosAndDatesForYaml11Readers()
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks", "4-10-01-06")).Bank!;

        var yaml = BankYamlWriter.Write(bank, "test");

        Assert.Contains("A: \"1:10\"", yaml);
        Assert.Contains("valid-from: \"2019-01-01\"", yaml);
        Assert.Empty(PlainNonStrings(YamlTreeReader.Read("bank.yaml", yaml, new List<BankProblem>())));
    }

    /// <summary>Texts a YAML 1.1 reader is likely to misread, mixed with any text at all.</summary>
    private static Gen<string> Yaml11Texts()
    {
        var risky = Gen.Elements("1:10", "1:0.5", "010", "0o17", "0x1F", "0b101", "1_000", "1e3", "+1", "-0", ".5", ".inf", "-.Inf", ".NaN",
            "yes", "No", "ON", "off", "y", "N", "true", "FALSE", "null", "~", "2019-01-01", "2001-12-14 21:59:43.10 -5", "<<", "=", "1:10:30");
        var pieces = Gen.Elements("1", "0", "9", ":", "_", ".", "-", "+", "e", "x", "o", "b", "0x", "年", "inf");
        var built = Gen.ListOf(pieces).Select(p => string.Concat(p)).Where(s => Clean(s) == s);
        var any = ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => Clean(s.Get));
        return Gen.OneOf(risky, built, any);
    }

    /// <summary>Every plain scalar a YAML 1.1 reader would type as non-text, except the fields that are numbers or bools by design.</summary>
    private static IEnumerable<string> PlainNonStrings(YamlNode? node, string? field = null)
    {
        switch (node)
        {
            case YamlScalar { IsPlain: true } scalar when Yaml11Resolver.Resolve(scalar.Value) is var tag && tag != "str" && !Typed(field, tag, scalar.Value):
                yield return $"{field}: {scalar.Value} ({tag}) at line {scalar.Location.Line}";
                break;
            case YamlSequence sequence:
                foreach (var found in sequence.Items.SelectMany(i => PlainNonStrings(i, field)))
                {
                    yield return found;
                }

                break;
            case YamlMapping mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    foreach (var found in PlainNonStrings(key, "(key)").Concat(PlainNonStrings(value, key.Value)))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    // Numbers and flags the bank format means as such: versions, levels, minutes, counts (plain decimal integers outside
    // the text fields); a 判断 key; a 专项's code flag. An option (labelled A, B …), stem or name is always text.
    private static bool Typed(string? field, string tag, string value) => tag switch
    {
        "int" => field is not ("stem" or "explanation" or "name" or "title" or { Length: 1 }) && value.All(char.IsAsciiDigit)
                 && (value == "0" || value[0] != '0'),
        "bool" => field is "key" or "code-unconfirmed",
        _ => false,
    };

    private static string Clean(string text)
    {
        // The reader trims text and YAML cannot hold most control characters: authors never write either.
        var kept = new string(text.Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && c != '\uFEFF').ToArray()).Trim();
        return kept.Length == 0 ? "文字" : kept;
    }
}
