using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// A 职业技能等级证书 number (证书编号, 人社鉴发〔2019〕2号): 22 characters, Y or S then 21 digits (RULES.md §9).
/// A value of this type has the right shape; whether it fits its issuer, date and level is
/// <see cref="NationalSkillLevelNumberScheme.Validate"/>'s question. <c>default</c> is not a number.
/// </summary>
public readonly record struct CertificateNumber
{
    /// <summary>The number of characters: 1 letter and 21 digits.</summary>
    public const int Length = 22;

    private CertificateNumber(string value) => Value = value;

    /// <summary>The 22 characters.</summary>
    public string Value { get; }

    /// <summary>Position 1, 评价机构类别: 'Y' (用人单位) or 'S' (社会培训评价组织).</summary>
    public char Category => Value[0];

    /// <summary>Positions 2–5, 评价机构代码: 0001–9999, or 0000 for a provincial 备案.</summary>
    public string BodyCode => Value.Substring(1, 4);

    /// <summary>Positions 6–7: the province code (GB/T 2260) of the body or station.</summary>
    public string Province => Value.Substring(5, 2);

    /// <summary>Positions 8–13: the 评价机构(站点)序列码.</summary>
    public string Station => Value.Substring(7, 6);

    /// <summary>Positions 14–15: the year of issue mod 100 (0–99).</summary>
    public int Year2 => int.Parse(Value.AsSpan(13, 2), CultureInfo.InvariantCulture);

    /// <summary>Position 16: the level digit (0–9; 1 = highest of 五级…一级).</summary>
    public int LevelDigit => Value[15] - '0';

    /// <summary>Positions 17–22: the 证书序列码 (0–999999).</summary>
    public int Serial => int.Parse(Value.AsSpan(16, 6), CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a number of exactly the form <c>^[YS][0-9]{21}$</c>: no spaces, no lower case, no trailing line break.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CertificateNumber number)
    {
        if (text is { Length: Length } && text[0] is 'Y' or 'S' && !text.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            number = new CertificateNumber(text);
            return true;
        }

        number = default;
        return false;
    }

    /// <summary>Reads a number as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static CertificateNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a 22-character certificate number");

    /// <summary>Composes a number from its segments.</summary>
    /// <param name="year2">0–99.</param>
    /// <param name="levelDigit">0–9.</param>
    /// <param name="serial">0–999999.</param>
    /// <exception cref="ArgumentException">A segment is out of range or has the wrong length.</exception>
    public static CertificateNumber Compose(char category, string bodyCode, string province, string station, int year2, int levelDigit, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(year2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year2, 99);
        ArgumentOutOfRangeException.ThrowIfNegative(levelDigit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levelDigit, 9);
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999_999);
        var text = string.Create(CultureInfo.InvariantCulture, $"{category}{bodyCode}{province}{station}{year2:D2}{levelDigit}{serial:D6}");
        return TryParse(text, out var number) && number.BodyCode == bodyCode && number.Province == province
            ? number
            : throw new ArgumentException($"the segments {category}|{bodyCode}|{province}|{station} do not make a certificate number");
    }

    /// <summary>The 22 characters.</summary>
    public override string ToString() => Value ?? "";
}
