namespace CertEngine.Domain.Scoring;

/// <summary>How a 多选 (multiple-choice) question is scored; a track setting (RULES.md open question).</summary>
public enum MultipleChoicePolicy
{
    /// <summary>Full points only when exactly the keyed options are chosen; otherwise zero. The default.</summary>
    AllOrNothing,

    /// <summary>
    /// Points × (correct options chosen ÷ keyed options) when no wrong option is chosen; any wrong option scores zero.
    /// </summary>
    PartialCredit,
}
