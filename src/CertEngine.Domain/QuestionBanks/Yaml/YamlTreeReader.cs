using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CertEngine.Domain.QuestionBanks.Yaml;

/// <summary>
/// Reads YAML text into <see cref="YamlNode"/> trees that keep line numbers, reporting syntax errors and
/// duplicate keys as <see cref="BankProblem"/>s instead of throwing.
/// </summary>
/// <remarks>
/// YamlDotNet's representation model drops duplicate keys' positions; walking the parser's events keeps
/// every position, which is what a bank author needs to find a mistake.
/// </remarks>
public static class YamlTreeReader
{
    /// <summary>Parses <paramref name="text"/> and returns its first document's root, or null when it is empty or broken.</summary>
    public static YamlNode? Read(string file, string text, ICollection<BankProblem> problems)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var open = new Stack<int>();
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, file, anchors, open, problems);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                problems.Add(Problem(file, (int)(parser.Current?.Start.Line ?? 0), BankRules.YamlSyntax,
                    "一个文件只能有一个 YAML 文档 (only one YAML document per file)"));
            }

            return root;
        }
        catch (YamlException e)
        {
            problems.Add(Problem(file, (int)e.Start.Line, BankRules.YamlSyntax,
                $"YAML 语法错误 (YAML syntax error): {Describe(e)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when the text ends inside an open [ or {: point at where it opened.
            var line = open.Count > 0 ? open.Peek() : text.Split('\n').Length;
            problems.Add(Problem(file, line, BankRules.YamlSyntax,
                "YAML 语法错误：括号或引号未闭合，文件在此后结束 (YAML syntax error: a bracket or quote opened here is never closed)"));
            return null;
        }
    }

    private static YamlNode ReadNode(IParser parser, string file, Dictionary<string, YamlNode> anchors, Stack<int> open, ICollection<BankProblem> problems)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of input");
        var location = new SourceLocation(file, (int)current.Start.Line);
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }

                throw new YamlException(current.Start, current.End, $"unknown alias *{alias.Value.Value}");

            case Scalar scalar:
                parser.MoveNext();
                var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, location);
                Remember(scalar.Anchor, node, anchors);
                return node;

            case SequenceStart start:
                open.Push(location.Line);
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, file, anchors, open, problems));
                }

                open.Pop();

                var sequence = new YamlSequence(items, location);
                Remember(start.Anchor, sequence, anchors);
                return sequence;

            case MappingStart start:
                open.Push(location.Line);
                parser.MoveNext();
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, file, anchors, open, problems);
                    var value = ReadNode(parser, file, anchors, open, problems);
                    if (keyNode is not YamlScalar key)
                    {
                        problems.Add(Problem(file, keyNode.Location.Line, BankRules.YamlSyntax,
                            "键必须是简单文字 (a mapping key must be a plain scalar)"));
                        continue;
                    }

                    if (seen.TryGetValue(key.Value, out var firstLine))
                    {
                        problems.Add(Problem(file, key.Location.Line, BankRules.DuplicateKey,
                            $"键 '{key.Value}' 重复，第 {firstLine} 行已有 (duplicate key '{key.Value}', first at line {firstLine})"));
                        continue;
                    }

                    seen.Add(key.Value, key.Location.Line);
                    entries.Add(new(key, value));
                }

                open.Pop();
                var mapping = new YamlMapping(entries, location);
                Remember(start.Anchor, mapping, anchors);
                return mapping;

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private static void Remember(AnchorName anchor, YamlNode node, Dictionary<string, YamlNode> anchors)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (Line: …): "; the location is printed already.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }

    private static BankProblem Problem(string file, int line, string rule, string message) =>
        new(ProblemSeverity.Error, rule, new SourceLocation(file, line), message);
}
