namespace CertEngine.Domain.QuestionBanks.Yaml;

/// <summary>A node of a parsed YAML document that remembers the line it started on.</summary>
public abstract record YamlNode(SourceLocation Location);

/// <summary>A scalar, always kept as its text: the bank reader decides what a field's type is.</summary>
/// <param name="IsPlain">False when the scalar was quoted, so <c>"true"</c> stays text.</param>
public sealed record YamlScalar(string Value, bool IsPlain, SourceLocation Location) : YamlNode(Location);

/// <summary>A sequence of nodes.</summary>
public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceLocation Location) : YamlNode(Location);

/// <summary>A mapping whose entries keep the order they were written in.</summary>
public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, SourceLocation Location)
    : YamlNode(Location)
{
    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public YamlNode? Find(string key)
    {
        foreach (var (k, v) in Entries)
        {
            if (k.Value == key)
            {
                return v;
            }
        }

        return null;
    }
}
