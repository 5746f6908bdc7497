namespace CertEngine.Domain.Tracks;

/// <summary>One route to eligibility (申报条件之一): met when ALL its requirements are met.</summary>
/// <param name="Id">Unique within its rule set; stored with the registration for 资格审核, e.g. <c>4-a</c>.</param>
/// <param name="Title">The route in a reviewer's words, Chinese, e.g. <c>取得本职业五级证书后累计工作满4年</c>.</param>
/// <param name="Requirements">At least one.</param>
/// <param name="Unconfirmed">True when the route is a default not confirmed by the official text (RULES.md "unconfirmed: default").</param>
public sealed record EligibilityCondition(string Id, string Title, IReadOnlyList<EligibilityRequirement> Requirements, bool Unconfirmed)
{
    /// <summary>At least one requirement.</summary>
    public IReadOnlyList<EligibilityRequirement> Requirements { get; } = Requirements.Count > 0
        ? Requirements
        : throw new ArgumentException("a condition has at least one requirement", nameof(Requirements));
}
