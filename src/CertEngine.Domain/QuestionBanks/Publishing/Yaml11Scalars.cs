using System.Text.RegularExpressions;

namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>
/// Which texts a YAML 1.1 reader (PyYAML, many provincial tools) would not read back as text when written plain: the
/// implicit types of YAML 1.1 (bool yes/no/on/off/y/n, null and ~, ints in binary, octal, hex, sexagesimal <c>1:10</c> and
/// with <c>_</c>, floats with <c>.inf</c>/<c>.nan</c>, timestamps, merge <c>&lt;&lt;</c> and value <c>=</c>).
/// </summary>
/// <remarks>
/// Deliberately wider than the YAML 1.1 type repository: anything that starts like a number and holds only number-like
/// characters is quoted, so a reader's quirks (0o octal of YAML 1.2, a date without leading zeros) are covered too.
/// Quoting a text that did not need it costs two characters; leaving one unquoted turns 1:10 into 70.
/// </remarks>
internal static partial class Yaml11Scalars
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "~", "null", "y", "n", "yes", "no", "true", "false", "on", "off", "<<", "=",
    };

    /// <summary>True when <paramref name="text"/> must be quoted for a YAML 1.1 reader to read it as this text.</summary>
    public static bool NeedsQuotes(string text) =>
        Words.Contains(text) || NumberLike().IsMatch(text) || SpecialFloat().IsMatch(text) || Timestamp().IsMatch(text);

    // Optional sign, then a digit or a dot, then only characters that occur in numbers, dates and times.
    [GeneratedRegex(@"^[-+]?[0-9.][0-9a-zA-Z_:.+\-]*$")]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"^[-+]?\.(inf|nan)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpecialFloat();

    // 2001-12-14 21:59:43.10 -5 and 2001-12-14t21:59:43Z: a date followed by a time.
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]")]
    private static partial Regex Timestamp();
}
