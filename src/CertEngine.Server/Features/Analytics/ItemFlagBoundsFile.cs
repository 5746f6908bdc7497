using System.Globalization;
using CertEngine.Domain.Analytics;
using YamlDotNet.RepresentationModel;

namespace CertEngine.Server.Features.Analytics;

/// <summary>
/// Reads the flag bounds kept as data in <c>question-banks/item-analysis.yaml</c> (<c>flags:</c> with <c>min-attempts</c>,
/// <c>too-easy-above</c>, <c>too-hard-below</c>, <c>low-discrimination-below</c>, <c>unchosen-distractor-at-most</c>).
/// A missing file gives the defaults; a file that does not read, or bounds that make no sense, stop the start: an
/// operator's typo must not silently turn the flags off.
/// </summary>
public static class ItemFlagBoundsFile
{
    /// <summary>The file's name, under the bank root.</summary>
    public const string FileName = "item-analysis.yaml";

    /// <summary>The bounds in <paramref name="path"/>, or the defaults when there is no such file.</summary>
    /// <exception cref="InvalidOperationException">The file does not read or holds bounds that make no sense.</exception>
    public static ItemFlagBounds Load(string path)
    {
        if (!File.Exists(path))
        {
            return ItemFlagBounds.Default;
        }

        var info = new FileInfo(path);
        if (info.Length > 64 * 1024)
        {
            throw new InvalidOperationException($"{path}: larger than 64 KB");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidOperationException($"{path}:{e.Start.Line}: {e.Message}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("flags"), out var node) || node is not YamlMappingNode flags)
        {
            throw new InvalidOperationException($"{path}: expected a 'flags:' mapping");
        }

        var bounds = ItemFlagBounds.Default;
        foreach (var (keyNode, valueNode) in flags.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (valueNode is not YamlScalarNode { Value: { } text } || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidOperationException($"{path}:{valueNode.Start.Line}: '{key}' must be a number");
            }

            bounds = key switch
            {
                "min-attempts" when value == Math.Floor(value) && value is >= 1 and <= int.MaxValue => bounds with { MinAttempts = (int)value },
                "too-easy-above" => bounds with { TooEasyAbove = value },
                "too-hard-below" => bounds with { TooHardBelow = value },
                "low-discrimination-below" => bounds with { LowDiscriminationBelow = value },
                "unchosen-distractor-at-most" => bounds with { UnchosenDistractorAtMost = value },
                _ => throw new InvalidOperationException($"{path}:{keyNode.Start.Line}: unknown or invalid field '{key}'"),
            };
        }

        return bounds.IsValid ? bounds : throw new InvalidOperationException($"{path}: the bounds make no sense ({bounds})");
    }
}
