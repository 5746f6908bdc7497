namespace CertEngine.Domain.QuestionBanks;

/// <summary>
/// The thresholds a bank version must meet to be published (RULES.md §5). They are data: the catalogue
/// holds the defaults and an occupation may override any of them.
/// </summary>
/// <param name="MinPoolRatio">Each blueprint cell holds at least this many times what one paper draws from it.</param>
/// <param name="MinItemsPerElement">Items per 鉴定点.</param>
/// <param name="MinElementsPerWeight">Theory 鉴定点 under a weighted node per percent of its weight.</param>
/// <param name="MinElementsPerLevel">Theory 鉴定点 in a level's 细目表.</param>
/// <param name="MinXShare">Least share of X among a level's 鉴定点 (0–1, inclusive).</param>
/// <param name="MaxYShare">Greatest share of Y (inclusive).</param>
/// <param name="MaxZShare">Greatest share of Z (inclusive).</param>
public sealed record PublicationRules(
    decimal MinPoolRatio,
    int MinItemsPerElement,
    decimal MinElementsPerWeight,
    int MinElementsPerLevel,
    decimal MinXShare,
    decimal MaxYShare,
    decimal MaxZShare)
{
    /// <summary>Rules that check nothing beyond the bank's own consistency: used only before a catalogue is read.</summary>
    public static PublicationRules None { get; } = new(1, 1, 0, 0, 0, 1, 1);
}
