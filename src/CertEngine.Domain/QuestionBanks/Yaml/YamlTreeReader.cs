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
/// <para>
/// Every YAML file we read (banks, tracks, issuer and province files) may come from outside, so the walk is bounded:
/// collections nest at most <see cref="MaxDepth"/> deep (the walk recurses once per level, so no text can exhaust the
/// stack), and aliases may stand for at most <see cref="MaxAliasNodes"/> nodes in all, because the tree shares an alias's
/// target and a "billion laughs" document would otherwise be a small tree with exponentially many paths for every later
/// walk. Either limit gives one <see cref="BankRules.YamlLimit"/> problem and no tree.
/// </para>
/// </remarks>
public static class YamlTreeReader
{
    /// <summary>How deep sequences and mappings may nest (the root collection is level 1). Real files nest under 15.</summary>
    public const int MaxDepth = 64;

    /// <summary>How many nodes the aliases (<c>*name</c>) of one document may stand for in all, each counted at its expanded size.</summary>
    public const int MaxAliasNodes = 10_000;

    /// <summary>Parses <paramref name="text"/> and returns its first document's root, or null when it is empty, broken or over a limit.</summary>
    public static YamlNode? Read(string file, string text, ICollection<BankProblem> problems)
    {
        var walk = new Walk(new Parser(new StringReader(text)), file, problems);
        var parser = walk.Parser;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : walk.ReadNode(out _);
            if (walk.Refusal is { } refusal)
            {
                // Stop at the limit: reading on would hand YamlDotNet the rest of an arbitrarily deep text for nothing.
                problems.Add(refusal);
                return null;
            }

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
            var line = walk.Open.Count > 0 ? walk.Open.Peek() : text.Split('\n').Length;
            problems.Add(Problem(file, line, BankRules.YamlSyntax,
                "YAML 语法错误：括号或引号未闭合，文件在此后结束 (YAML syntax error: a bracket or quote opened here is never closed)"));
            return null;
        }
    }

    /// <summary>One document's walk over the parser's events: the anchors seen, the open collections' lines, and the budgets.</summary>
    private sealed class Walk(IParser parser, string file, ICollection<BankProblem> problems)
    {
        private readonly Dictionary<string, (YamlNode Node, int Size)> _anchors = new(StringComparer.Ordinal);
        private int _aliasNodes;

        public IParser Parser { get; } = parser;

        /// <summary>The line of every collection being read, innermost on top; its count is the current depth.</summary>
        public Stack<int> Open { get; } = new();

        /// <summary>The limit the document broke; once set, every <see cref="ReadNode"/> returns null at once.</summary>
        public BankProblem? Refusal { get; private set; }

        /// <summary>Reads the node at the current event; <paramref name="size"/> is its node count with aliases expanded.</summary>
        public YamlNode? ReadNode(out int size)
        {
            size = 1;
            var current = Parser.Current ?? throw new YamlException("unexpected end of input");
            var location = new SourceLocation(file, (int)current.Start.Line);
            switch (current)
            {
                case AnchorAlias alias:
                    Parser.MoveNext();
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new YamlException(current.Start, current.End, $"unknown alias *{alias.Value.Value}");
                    }

                    size = target.Size;
                    _aliasNodes += target.Size;
                    if (_aliasNodes > MaxAliasNodes)
                    {
                        return Refuse(location.Line,
                            $"别名 (*{alias.Value.Value}) 展开后过大：一个文件的别名最多代表 {MaxAliasNodes} 个节点 (aliases expand to more than {MaxAliasNodes} nodes)");
                    }

                    return target.Node;

                case Scalar scalar:
                    Parser.MoveNext();
                    var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, location);
                    Remember(scalar.Anchor, node, size);
                    return node;

                case SequenceStart start:
                    if (!Enter(location.Line))
                    {
                        return null;
                    }

                    var items = new List<YamlNode>();
                    while (!Parser.TryConsume<SequenceEnd>(out _))
                    {
                        if (ReadNode(out var itemSize) is not { } item)
                        {
                            return null;
                        }

                        items.Add(item);
                        size += itemSize;
                    }

                    Open.Pop();
                    var sequence = new YamlSequence(items, location);
                    Remember(start.Anchor, sequence, size);
                    return sequence;

                case MappingStart start:
                    if (!Enter(location.Line))
                    {
                        return null;
                    }

                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                    while (!Parser.TryConsume<MappingEnd>(out _))
                    {
                        if (ReadNode(out var keySize) is not { } keyNode || ReadNode(out var valueSize) is not { } value)
                        {
                            return null;
                        }

                        size += keySize + valueSize;
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

                    Open.Pop();
                    var mapping = new YamlMapping(entries, location);
                    Remember(start.Anchor, mapping, size);
                    return mapping;

                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        // Checked before descending, so the walk's own recursion never goes deeper than MaxDepth frames.
        private bool Enter(int line)
        {
            if (Open.Count >= MaxDepth)
            {
                Refuse(line, $"YAML 嵌套过深：列表和键值表最多嵌套 {MaxDepth} 层 (YAML nests too deep: at most {MaxDepth} levels of lists and mappings)");
                return false;
            }

            Open.Push(line);
            Parser.MoveNext();
            return true;
        }

        private YamlNode? Refuse(int line, string message)
        {
            Refusal = Problem(file, line, BankRules.YamlLimit, message);
            return null;
        }

        private void Remember(AnchorName anchor, YamlNode node, int size)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (node, size);
            }
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
