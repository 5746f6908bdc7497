namespace CertEngine.Domain.QuestionBanks;

/// <summary>Kind of theory item (题型).</summary>
public enum ItemType
{
    /// <summary>单选: one key among the options.</summary>
    Single,

    /// <summary>多选: two or more keys.</summary>
    Multiple,

    /// <summary>判断: a statement that is right or wrong.</summary>
    Judge,
}

/// <summary>Spellings of <see cref="ItemType"/> in bank files: English for YAML, Chinese for spreadsheets.</summary>
public static class ItemTypes
{
    /// <summary>Parses <c>single|单选</c>, <c>multiple|多选</c>, <c>judge|判断</c>.</summary>
    public static ItemType? Parse(string text) => text.Trim() switch
    {
        "single" or "单选" or "单选题" => ItemType.Single,
        "multiple" or "多选" or "多选题" => ItemType.Multiple,
        "judge" or "判断" or "判断题" => ItemType.Judge,
        _ => null,
    };

    /// <summary>The YAML spelling.</summary>
    public static string ToYaml(this ItemType type) => type switch
    {
        ItemType.Single => "single",
        ItemType.Multiple => "multiple",
        _ => "judge",
    };

    /// <summary>The Chinese name.</summary>
    public static string ToChinese(this ItemType type) => type switch
    {
        ItemType.Single => "单选",
        ItemType.Multiple => "多选",
        _ => "判断",
    };
}
