namespace CertEngine.Domain.Tracks;

/// <summary>
/// One route of a rule set (申报条件之一) checked against a candidate's evidence: met with the evidence it uses, or not
/// met with why its first failing requirement fails (by how much, in the reason's args).
/// </summary>
/// <param name="ConditionId">The condition's id.</param>
/// <param name="Title">The route in a reviewer's words, as the tracks data gives it.</param>
/// <param name="Unconfirmed">True when the route is a default not confirmed by the official text.</param>
/// <param name="EvidenceIds">When met, the evidence used (in order, no repeats); empty when not met.</param>
/// <param name="Why">Null when met; otherwise why the first failing requirement fails.</param>
public sealed record ConditionAssessment(string ConditionId, string Title, bool Unconfirmed, IReadOnlyList<string> EvidenceIds, Refused<EligibilityRefusal>? Why)
{
    /// <summary>Whether the route is met.</summary>
    public bool Met => Why is null;
}
