using System.Text.Json.Serialization;
using CertEngine.Contracts;

namespace CertEngine.Server.Features.Candidates;

/// <summary>One route of a track's 申报条件 for a candidate: met or not, with why in words (Chinese first).</summary>
/// <param name="ConditionId">The condition's id.</param>
/// <param name="Title">The route in the data's words.</param>
/// <param name="Unconfirmed">A default not confirmed by the official text.</param>
/// <param name="Met">Whether the evidence meets it.</param>
/// <param name="EvidenceIds">When met, the evidence it uses.</param>
/// <param name="ToCheck">When met, the evidence a reviewer must check first.</param>
/// <param name="Why">When not met, which requirement falls short and by how much, in both languages.</param>
/// <param name="Reason">The same as a code, for the page's words in the visitor's language.</param>
public sealed record RouteView(string ConditionId, string Title, bool Unconfirmed, bool Met, IReadOnlyList<string> EvidenceIds, IReadOnlyList<string> ToCheck,
    string? Why, [property: JsonIgnore] Refusal? Reason);
