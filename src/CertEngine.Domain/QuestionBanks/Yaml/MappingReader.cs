using System.Globalization;

namespace CertEngine.Domain.QuestionBanks.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping, reporting missing, unknown and malformed fields at their lines.
/// A field that cannot be read yields null, so one mistake is reported once and reading goes on.
/// </summary>
public sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly ICollection<BankProblem> _problems;
    private readonly string _what;

    /// <param name="what">How messages name this mapping, e.g. <c>item cook5-001</c>.</param>
    /// <param name="allowed">Every field this mapping may have; any other is reported as unknown.</param>
    public MappingReader(YamlMapping mapping, string what, ICollection<BankProblem> problems, params string[] allowed)
    {
        _mapping = mapping;
        _problems = problems;
        _what = what;
        foreach (var (key, _) in mapping.Entries)
        {
            if (!allowed.Contains(key.Value))
            {
                Report(key.Location, BankRules.UnknownField,
                    $"{what}: 未知字段 '{key.Value}' (unknown field '{key.Value}'; allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    /// <summary>Where the mapping starts, with where each of its fields' values was written.</summary>
    public SourceLocation Location => _mapping.Location with
    {
        Fields = _mapping.Entries.ToDictionary(e => e.Key.Value, e => e.Value.Location, StringComparer.Ordinal),
    };

    /// <summary>The raw node of a field, or null when absent.</summary>
    public YamlNode? Node(string field) => _mapping.Find(field);

    /// <summary>The location of a field's value, or of the mapping when the field is absent.</summary>
    public SourceLocation At(string field) => _mapping.Find(field)?.Location ?? _mapping.Location;

    /// <summary>A text field that must be present and not blank.</summary>
    public string? RequiredText(string field)
    {
        var node = _mapping.Find(field);
        if (node is null)
        {
            Report(_mapping.Location, BankRules.MissingField, $"{_what}: 缺少字段 '{field}' (missing field '{field}')");
            return null;
        }

        return Text(field, node, required: true);
    }

    /// <summary>A text field that may be absent; blank counts as absent.</summary>
    public string? OptionalText(string field)
    {
        var node = _mapping.Find(field);
        return node is null ? null : Text(field, node, required: false);
    }

    /// <summary>An integer field within [min, max] (both inclusive).</summary>
    public int? RequiredInt(string field, int min, int max)
    {
        var text = RequiredText(field);
        return text is null ? null : ParseInt(field, text, min, max);
    }

    /// <summary>An optional integer field within [min, max] (both inclusive).</summary>
    public int? OptionalInt(string field, int min, int max)
    {
        var text = OptionalText(field);
        return text is null ? null : ParseInt(field, text, min, max);
    }

    /// <summary>A decimal field within [min, max] (both inclusive).</summary>
    public decimal? RequiredDecimal(string field, decimal min, decimal max)
    {
        var text = RequiredText(field);
        return text is null ? null : ParseDecimal(field, text, min, max);
    }

    /// <summary>An optional decimal field within [min, max] (both inclusive).</summary>
    public decimal? OptionalDecimal(string field, decimal min, decimal max)
    {
        var text = OptionalText(field);
        return text is null ? null : ParseDecimal(field, text, min, max);
    }

    /// <summary>A list of texts, written as a YAML sequence or, for one value, a scalar. Absent gives null.</summary>
    public IReadOnlyList<YamlScalar>? ScalarList(string field)
    {
        var node = _mapping.Find(field);
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar:
                return scalar.Value.Length == 0 && scalar.IsPlain ? [] : [scalar];
            case YamlSequence sequence:
                var result = new List<YamlScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar s)
                    {
                        result.Add(s);
                    }
                    else
                    {
                        Report(item.Location, BankRules.BadValue, $"{_what}: '{field}' 的每一项必须是文字 (each entry of '{field}' must be a scalar)");
                    }
                }

                return result;
            default:
                Report(node.Location, BankRules.BadValue, $"{_what}: '{field}' 必须是列表 (must be a list)");
                return null;
        }
    }

    /// <summary>A field that must be a mapping; null (and reported when required) otherwise.</summary>
    public YamlMapping? Mapping(string field, bool required)
    {
        var node = _mapping.Find(field);
        if (node is null)
        {
            if (required)
            {
                Report(_mapping.Location, BankRules.MissingField, $"{_what}: 缺少字段 '{field}' (missing field '{field}')");
            }

            return null;
        }

        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        Report(node.Location, BankRules.BadValue, $"{_what}: '{field}' 必须是键值表 (must be a mapping)");
        return null;
    }

    /// <summary>A field that must be a sequence; null (and reported when required) otherwise.</summary>
    public YamlSequence? Sequence(string field, bool required)
    {
        var node = _mapping.Find(field);
        if (node is null)
        {
            if (required)
            {
                Report(_mapping.Location, BankRules.MissingField, $"{_what}: 缺少字段 '{field}' (missing field '{field}')");
            }

            return null;
        }

        if (node is YamlSequence sequence)
        {
            return sequence;
        }

        Report(node.Location, BankRules.BadValue, $"{_what}: '{field}' 必须是列表 (must be a list)");
        return null;
    }

    /// <summary>Parses an integer, reporting at <paramref name="location"/>.</summary>
    public static int? ParseInt(string text, SourceLocation location, string what, int min, int max, ICollection<BankProblem> problems)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add(new(ProblemSeverity.Error, BankRules.BadValue, location,
            $"{what}: '{text}' 不是 {min}–{max} 之间的整数 (not an integer from {min} to {max})"));
        return null;
    }

    /// <summary>Parses a decimal, reporting at <paramref name="location"/>.</summary>
    public static decimal? ParseDecimal(string text, SourceLocation location, string what, decimal min, decimal max, ICollection<BankProblem> problems)
    {
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add(new(ProblemSeverity.Error, BankRules.BadValue, location,
            $"{what}: '{text}' 不是 {min}–{max} 之间的数 (not a number from {min} to {max})"));
        return null;
    }

    private int? ParseInt(string field, string text, int min, int max) =>
        ParseInt(text, At(field), $"{_what}: '{field}'", min, max, _problems);

    private decimal? ParseDecimal(string field, string text, decimal min, decimal max) =>
        ParseDecimal(text, At(field), $"{_what}: '{field}'", min, max, _problems);

    private string? Text(string field, YamlNode node, bool required)
    {
        if (node is not YamlScalar scalar)
        {
            Report(node.Location, BankRules.BadValue, $"{_what}: '{field}' 必须是文字 (must be a scalar)");
            return null;
        }

        var value = scalar.Value.Trim();
        if (value.Length == 0)
        {
            if (required)
            {
                Report(node.Location, BankRules.EmptyText, $"{_what}: '{field}' 为空 (empty '{field}')");
            }

            return null;
        }

        return value;
    }

    private void Report(SourceLocation location, string rule, string message) =>
        _problems.Add(new(ProblemSeverity.Error, rule, location, message));
}
