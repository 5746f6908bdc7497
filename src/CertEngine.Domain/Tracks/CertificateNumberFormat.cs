using System.Text.RegularExpressions;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// A certificate-number format accepted as prior-level evidence, with where its level digit sits (RULES.md §9).
/// Held as data so that a local or new format is a data change.
/// </summary>
/// <param name="Name">What messages call it, e.g. <c>职业技能等级证书</c>.</param>
/// <param name="Pattern">A .NET regular expression the whole number must match, e.g. <c>^[YS][0-9]{21}$</c>.</param>
/// <param name="LevelPosition">1-based position of the level digit within the number (≥ 1).</param>
public sealed record CertificateNumberFormat(string Name, string Pattern, int LevelPosition)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>1-based position of the level digit, ≥ 1.</summary>
    public int LevelPosition { get; } = LevelPosition >= 1
        ? LevelPosition
        : throw new ArgumentOutOfRangeException(nameof(LevelPosition), LevelPosition, "positions start at 1");

    /// <summary>
    /// The two national formats: the 22-character 职业技能等级证书 (level at position 16) and the old 16-digit
    /// 职业资格证书 (year 2 + province 2 + city 2 + 机构识别 1 + 机构序列 3 + level 1 + 序号 5, so level at position 11).
    /// </summary>
    public static IReadOnlyList<CertificateNumberFormat> Defaults { get; } =
    [
        new("职业技能等级证书", "^[YS][0-9]{21}$", 16),
        new("职业资格证书", "^[0-9]{16}$", 11),
    ];

    /// <summary>True when <paramref name="pattern"/> is a usable regular expression.</summary>
    public static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The level digit of <paramref name="number"/> when it has this format; null otherwise.</summary>
    public int? LevelDigitOf(string number)
    {
        if (!Regex.IsMatch(number, Pattern, RegexOptions.CultureInvariant, MatchTimeout) || number.Length < LevelPosition)
        {
            return null;
        }

        var digit = number[LevelPosition - 1];
        return char.IsAsciiDigit(digit) ? digit - '0' : null;
    }
}
