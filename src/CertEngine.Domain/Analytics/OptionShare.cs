namespace CertEngine.Domain.Analytics;

/// <summary>The share of attempts choosing one option of an item (选项选择率).</summary>
/// <param name="Label">The option's label (A, B …).</param>
/// <param name="IsKey">Whether it is (one of) the right option(s).</param>
/// <param name="Share">Attempts choosing it ÷ attempts that drew the item, in [0, 1].</param>
/// <param name="UpperShare">The same within the upper 27 % group; null when the group is empty.</param>
/// <param name="LowerShare">The same within the lower 27 % group; null when the group is empty.</param>
public sealed record OptionShare(string Label, bool IsKey, double Share, double? UpperShare, double? LowerShare);
