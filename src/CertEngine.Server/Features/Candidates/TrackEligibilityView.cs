using CertEngine.Contracts.Candidates;

namespace CertEngine.Server.Features.Candidates;

/// <summary>A candidate's standing on one track they are, or want to be, enrolled in, and the track's routes checked against their evidence.</summary>
/// <param name="TrackKey">The track.</param>
/// <param name="Status"><c>enrolled</c>, <c>pending</c> (awaits review), <c>rejected</c>, or <c>none</c> (not applied).</param>
/// <param name="Enrolment">The enrolment, when enrolled.</param>
/// <param name="Application">The application through review, if any.</param>
/// <param name="RuleSet">The rule set's id and version (<c>4-10-01-06/4 v1</c>), or <see langword="null"/> when the track is not open.</param>
/// <param name="Reviewed">The evidence kinds the rule set has a person check.</param>
/// <param name="Routes">The routes, in the rule set's order.</param>
/// <param name="Problem">Why the routes cannot be shown (track not open, unreadable evidence), in both languages.</param>
public sealed record TrackEligibilityView(string TrackKey, string Status, Enrolment? Enrolment, EligibilityApplication? Application, string? RuleSet,
    IReadOnlyList<string> Reviewed, IReadOnlyList<RouteView> Routes, string? Problem);
