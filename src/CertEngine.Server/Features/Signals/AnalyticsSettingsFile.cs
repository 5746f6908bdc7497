using System.Globalization;
using CertEngine.Domain.Integrity;
using CertEngine.Domain.Raters;
using YamlDotNet.RepresentationModel;

namespace CertEngine.Server.Features.Signals;

/// <summary>
/// Reads <c>question-banks/analytics.yaml</c> (<c>raters:</c> and <c>signals:</c>, each a mapping of numbers; docs/analytics.md).
/// A missing file or section gives the defaults; a file that does not read, an unknown field or bounds that make no sense
/// stop the start: an operator's typo must not silently turn the flags off.
/// </summary>
public static class AnalyticsSettingsFile
{
    /// <summary>The file's name, under the bank root.</summary>
    public const string FileName = "analytics.yaml";

    /// <summary>The settings in <paramref name="path"/>, or the defaults when there is no such file.</summary>
    /// <exception cref="InvalidOperationException">The file does not read or holds bounds that make no sense.</exception>
    public static AnalyticsSettings Load(string path)
    {
        if (!File.Exists(path))
        {
            return AnalyticsSettings.Default;
        }

        if (new FileInfo(path).Length > 64 * 1024)
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

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidOperationException($"{path}: expected a mapping with 'raters:' and 'signals:'");
        }

        var raters = RaterBounds.Default;
        var signals = SignalBounds.Default;
        foreach (var (sectionNode, body) in root.Children)
        {
            var section = (sectionNode as YamlScalarNode)?.Value;
            if (body is not YamlMappingNode fields || section is not ("raters" or "signals"))
            {
                throw new InvalidOperationException($"{path}:{sectionNode.Start.Line}: unknown section '{section}' (raters, signals)");
            }

            foreach (var (keyNode, valueNode) in fields.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (valueNode is not YamlScalarNode { Value: { } text } || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    throw new InvalidOperationException($"{path}:{valueNode.Start.Line}: '{key}' must be a number");
                }

                var known = section == "raters" ? Rater(ref raters, key, value) : Signal(ref signals, key, value);
                if (!known)
                {
                    throw new InvalidOperationException($"{path}:{keyNode.Start.Line}: unknown or invalid field '{key}' in '{section}'");
                }
            }
        }

        if (!signals.IsValid || !IsValid(raters))
        {
            throw new InvalidOperationException($"{path}: the bounds make no sense ({raters}; {signals})");
        }

        return new AnalyticsSettings(raters, signals);
    }

    private static bool IsValid(RaterBounds b) =>
        b.MinSheets >= 1 && b.MaxMeanDeviation >= 0 && b.MinAdjacentAgreement is >= 0 and <= 1 && b.MaxAdjudicationRate is >= 0 and <= 1;

    private static bool Whole(double value) => value == Math.Floor(value) && value is >= 0 and <= int.MaxValue;

    private static bool Rater(ref RaterBounds b, string key, double value)
    {
        RaterBounds? next = key switch
        {
            "min-sheets" when Whole(value) => b with { MinSheets = (int)value },
            "max-mean-deviation" => b with { MaxMeanDeviation = (decimal)value },
            "min-adjacent-agreement" => b with { MinAdjacentAgreement = value },
            "max-adjudication-rate" => b with { MaxAdjudicationRate = value },
            _ => null,
        };
        b = next ?? b;
        return next is not null;
    }

    private static bool Signal(ref SignalBounds b, string key, double value)
    {
        SignalBounds? next = key switch
        {
            "neighbour-distance" when Whole(value) => b with { NeighbourDistance = (int)value },
            "neighbour-alpha" => b with { NeighbourAlpha = value },
            "room-alpha" => b with { RoomAlpha = value },
            "min-identical-wrong" when Whole(value) => b with { MinIdenticalWrong = (int)value },
            "fast-answer-seconds" => b with { FastAnswerSeconds = value },
            "fast-answers-at-least" when Whole(value) => b with { FastAnswersAtLeast = (int)value },
            "fast-share-at-least" => b with { FastShareAtLeast = value },
            "late-minutes" => b with { LateMinutes = value },
            "late-changes-at-least" when Whole(value) => b with { LateChangesAtLeast = (int)value },
            "takeovers-at-least" when Whole(value) => b with { TakeoversAtLeast = (int)value },
            "disconnection-seconds" => b with { DisconnectionSeconds = value },
            _ => null,
        };
        b = next ?? b;
        return next is not null;
    }
}
