using System.Text.RegularExpressions;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>
/// The implicit types a YAML 1.1 reader gives a plain scalar, written from the YAML 1.1 type repository
/// (yaml.org/type: bool, null, int, float, timestamp, merge, value) as PyYAML's resolver applies them, and
/// independently of the writer's own check. Test-side only: it says what a provincial tool would read.
/// </summary>
internal static partial class Yaml11Resolver
{
    /// <summary>The YAML 1.1 tag a plain scalar resolves to: <c>str</c> when it stays text.</summary>
    public static string Resolve(string plain) =>
        Bool().IsMatch(plain) ? "bool"
        : Null().IsMatch(plain) ? "null"
        : Int().IsMatch(plain) ? "int"
        : Float().IsMatch(plain) ? "float"
        : Timestamp().IsMatch(plain) ? "timestamp"
        : plain is "<<" ? "merge"
        : plain is "=" ? "value"
        : "str";

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Bool();

    [GeneratedRegex("^(~|null|Null|NULL|)$")]
    private static partial Regex Null();

    // Binary, octal (0 and, as YAML 1.2 readers add, 0o), decimal, hex, and base 60 (1:10 = 70); '_' may appear anywhere.
    [GeneratedRegex("^[-+]?(0b[0-1_]+|0o?[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)$")]
    private static partial Regex Int();

    [GeneratedRegex(@"^([-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+)$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)$")]
    private static partial Regex Timestamp();
}
