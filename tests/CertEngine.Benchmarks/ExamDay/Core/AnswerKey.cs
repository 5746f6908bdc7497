using YamlDotNet.RepresentationModel;

namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>
/// What a well-prepared candidate knows: the right option of each question of the published bank version, by stem and
/// option text (the paper shows options in its own order and labels). Read from the frozen <c>bank.yaml</c> the server
/// serves; never from the server.
/// </summary>
public sealed class AnswerKey
{
    private readonly Dictionary<string, string> _rightText = new(StringComparer.Ordinal);

    private AnswerKey()
    {
    }

    /// <summary>Questions known.</summary>
    public int Count => _rightText.Count;

    /// <summary>Reads <c>{bankRoot}/{code}/versions/{version}/bank.yaml</c>; an empty key when it is missing.</summary>
    public static AnswerKey Read(string bankRoot, string bankCode, int version)
    {
        var key = new AnswerKey();
        var path = Path.Combine(bankRoot, bankCode, "versions", version.ToString(System.Globalization.CultureInfo.InvariantCulture), "bank.yaml");
        if (!File.Exists(path))
        {
            return key;
        }

        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode root || !root.Children.TryGetValue(new YamlScalarNode("items"), out var items) || items is not YamlSequenceNode list)
        {
            return key;
        }

        foreach (var item in list.OfType<YamlMappingNode>())
        {
            var stem = Scalar(item, "stem");
            var right = Scalar(item, "key");
            if (stem is null || right is null)
            {
                continue;
            }

            // A 判断 question's answer is its label itself; a 单选's is the text of the keyed option.
            var text = right is "true" or "false" ? right
                : item.Children.TryGetValue(new YamlScalarNode("options"), out var options) && options is YamlMappingNode map
                    && map.Children.TryGetValue(new YamlScalarNode(right), out var option) && option is YamlScalarNode scalar ? scalar.Value : null;
            if (text is not null)
            {
                key._rightText.TryAdd(stem.Trim(), text.Trim());
            }
        }

        return key;
    }

    /// <summary>The label of the right option as the paper shows it, or null when the question is unknown.</summary>
    public string? RightLabel(ShownQuestionText question)
    {
        if (!_rightText.TryGetValue(question.Stem.Trim(), out var text))
        {
            return null;
        }

        return question.Options.FirstOrDefault(o => o.Label == text || o.Text.Trim() == text).Label;
    }

    /// <summary>
    /// What a browser keeps of a shown question: its index, its option labels and the right one (when known). Not the
    /// texts: 20,000 browsers holding their papers' words made the driver's heap a gigabyte, and its collector then
    /// stopped every browser at once for more than a second (issue 18, docs/performance.md).
    /// </summary>
    public PaperQuestion Resolve(ShownQuestionText question) =>
        new(question.Index, [.. question.Options.Select(o => PaperQuestion.Shared(o.Label))], RightLabel(question) is { } right ? PaperQuestion.Shared(right) : null);

    private static string? Scalar(YamlMappingNode node, string name) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}

/// <summary>A question as the paper shows it: index, stem and options (label, text).</summary>
public sealed record ShownQuestionText(int Index, string Stem, IReadOnlyList<(string Label, string Text)> Options);

/// <summary>A question as a simulated browser keeps it: index, option labels, and the right label when the key knows it.</summary>
public sealed record PaperQuestion(int Index, IReadOnlyList<string> Labels, string? Right)
{
    /// <summary>One string per common label (A–F, true, false) instead of one per option of every paper.</summary>
    public static string Shared(string label) => label switch
    {
        "A" => "A", "B" => "B", "C" => "C", "D" => "D", "E" => "E", "F" => "F", "true" => "true", "false" => "false",
        _ => label,
    };
}
