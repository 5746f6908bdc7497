using System.Runtime.ExceptionServices;
using System.Text;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;
using YamlDotNet.Core;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>
/// No YAML text ends the process: nesting and alias expansion are bounded, and the refusal is one <c>file:line: message</c>.
/// Deep cases run on a thread with a 256 KB stack (a quarter of the default), so a walk that recursed per level would
/// overflow it and take the test host down instead of failing politely.
/// </summary>
public sealed class YamlTreeReaderTests
{
    private const int SmallStack = 256 * 1024;
    private const int Huge = 100_000;

    // YamlDotNet's scanner is iterative but quadratic in flow depth (100,000 levels take it 20–50 s), which is one more
    // reason the reader stops at MaxDepth. 10,000 levels still overflow a 256 KB stack at 26 bytes a frame.
    private const int DeepForTheParser = 10_000;

    public static TheoryData<string> Shapes => ["flow-sequence", "flow-mapping", "block-sequence", "block-mapping"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Read_NestedExactlyToTheLimit_ReadsTheTree(string shape)
    {
        var problems = new List<BankProblem>();

        var root = YamlTreeReader.Read("deep.yaml", Nested(shape, YamlTreeReader.MaxDepth), problems);

        Assert.Empty(problems);
        Assert.Equal(YamlTreeReader.MaxDepth, DepthOf(root));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Read_NestedOneLevelPastTheLimit_IsOneProblemAtTheLineThatOpensIt(string shape)
    {
        var problems = new List<BankProblem>();
        var text = Nested(shape, YamlTreeReader.MaxDepth + 1);

        var root = YamlTreeReader.Read("deep.yaml", text, problems);

        Assert.Null(root);
        var problem = Assert.Single(problems);
        Assert.Equal(BankRules.YamlLimit, problem.Rule);
        Assert.Equal(shape == "block-mapping" ? YamlTreeReader.MaxDepth + 1 : 1, problem.Location.Line);
        Assert.StartsWith("deep.yaml:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("at most 64 levels", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flow-sequence")]
    [InlineData("flow-mapping")]
    [InlineData("block-sequence")]
    public void Read_HundredThousandLevelsOnASmallStack_IsRefusedNotACrash(string shape)
    {
        var text = Nested(shape, Huge);

        var problems = OnSmallStack(() =>
        {
            var found = new List<BankProblem>();
            YamlTreeReader.Read("deep.yaml", text, found);
            return found;
        });

        Assert.Equal(BankRules.YamlLimit, Assert.Single(problems).Rule);
    }

    [Theory]
    [InlineData("flow-sequence")]
    [InlineData("flow-mapping")]
    [InlineData("block-sequence")]
    public void YamlDotNetParser_TenThousandLevelsOnASmallStack_DoesNotRecurse(string shape)
    {
        // Our reader stops at MaxDepth; this shows YamlDotNet's scanner and parser would not overflow on their own either.
        var text = Nested(shape, DeepForTheParser);

        var events = OnSmallStack(() =>
        {
            var parser = new Parser(new StringReader(text));
            var count = 0;
            while (parser.MoveNext())
            {
                count++;
            }

            return count;
        });

        Assert.True(events > 2 * DeepForTheParser, $"{events} events");
    }

    [Fact]
    public void Read_BillionLaughs_IsRefusedBeforeTheTreeExplodes()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [")
                .AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 10)).Append("]\n");
        }

        var problems = new List<BankProblem>();

        var root = YamlTreeReader.Read("laughs.yaml", text.ToString(), problems);

        Assert.Null(root);
        var problem = Assert.Single(problems);
        Assert.Equal(BankRules.YamlLimit, problem.Rule);
        Assert.Equal(4, problem.Location.Line);
    }

    [Fact]
    public void Read_ASmallListAliasedAFewTimes_ReadsAsSharedNodes()
    {
        const string text = "levels: &all [3, 4, 5]\nfirst: *all\nsecond: *all\n";
        var problems = new List<BankProblem>();

        var root = (YamlMapping?)YamlTreeReader.Read("ok.yaml", text, problems);

        Assert.Empty(problems);
        Assert.Same(root!.Find("levels"), root.Find("second"));
    }

    private static string Nested(string shape, int depth) => shape switch
    {
        "flow-sequence" => new string('[', depth) + new string(']', depth),
        "flow-mapping" => string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth),
        "block-sequence" => string.Concat(Enumerable.Repeat("- ", depth)) + "x\n",
        "block-mapping" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "a:\n")) + new string(' ', 2 * depth) + "x\n",
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };

    private static int DepthOf(YamlNode? node)
    {
        var depth = 0;
        while (node is YamlSequence or YamlMapping)
        {
            depth++;
            node = node switch
            {
                YamlSequence s => s.Items.FirstOrDefault(),
                YamlMapping m => m.Entries[0].Value,
                _ => null,
            };
        }

        return depth;
    }

    private static T OnSmallStack<T>(Func<T> work)
    {
        var result = default(T);
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, SmallStack);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }
}
