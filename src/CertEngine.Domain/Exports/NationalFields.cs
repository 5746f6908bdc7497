namespace CertEngine.Domain.Exports;

/// <summary>
/// Values of the national reporting fields (人社鉴发〔2021〕1号 and the provincial registration forms) that follow from
/// what the engine stores: 性别 from the ID number, the level's display form when the catalogue cannot be read.
/// </summary>
public static class NationalFields
{
    /// <summary>证件类型 of an 18-character number: the only identity document the engine registers.</summary>
    public const string IdentityDocument = "居民身份证";

    /// <summary>工种 printed when a level has none (RULES.md §9: never blank).</summary>
    public const string NoWorkType = "--";

    private static readonly string[] Levels = ["", "一级/高级技师", "二级/技师", "三级/高级工", "四级/中级工", "五级/初级工"];

    /// <summary>
    /// 性别 from GB 11643: the 17th character is odd for men and even for women; empty when the number is not 18
    /// characters with a digit there (the number is checked at registration, so that is a bug elsewhere, not a guess here).
    /// </summary>
    public static string Sex(string? idNumber) =>
        idNumber is { Length: 18 } && char.IsAsciiDigit(idNumber[16]) ? ((idNumber[16] - '0') % 2 == 1 ? "男" : "女") : "";

    /// <summary>The national display form of a level digit 1–5 (RULES.md §1), the digit itself for another, empty for none (专项).</summary>
    public static string LevelDisplay(int? digit) => digit switch
    {
        null => "",
        >= 1 and <= 5 => Levels[digit.Value],
        _ => digit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
