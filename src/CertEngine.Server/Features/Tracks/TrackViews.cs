using CertEngine.Domain.Tracks;

namespace CertEngine.Server.Features.Tracks;

/// <summary>
/// Every track the tracks data defines, with the problems that kept any from being listed (unreadable tracks data,
/// an occupation without a published bank version).
/// </summary>
/// <param name="Codes">Each occupation or 专项 code with a tracks file or a bank, and its track rules versions.</param>
public sealed record CatalogueView(IReadOnlyList<DefinedTrack> Tracks, IReadOnlyList<string> Problems, IReadOnlyList<RulesCode> Codes);

/// <summary>
/// One code's track rules (认定规则): its name (from the newest bank), the newest rules version (0 = the shipped file
/// only) and whether any rules exist for it (a code with a bank but no file has none until one is published).
/// </summary>
public sealed record RulesCode(string Code, string? Name, int NewestRulesVersion, bool HasRules);

/// <summary>
/// One track the tracks data defines (occupation × 工种 × level, or a 专项), as the bank version it is opened on
/// (<see cref="OpenedVersion"/>) or, when not opened, the newest published version (<see cref="ShownVersion"/>)
/// would build it. <see cref="Problem"/> is why that version cannot build it (then the details are empty). The same
/// for track rules: <see cref="RulesVersion"/> is the version the opened track is pinned to (0 = the shipped file),
/// <see cref="ShownRulesVersion"/> the one shown, <see cref="NewestRulesVersion"/> the code's newest.
/// </summary>
public sealed record DefinedTrack(
    string Key, string Title, string OccupationCode, string? WorkType, int? Level, bool Specialty,
    IReadOnlyList<int> PublishedVersions, int? OpenedVersion, int ShownVersion, int Enrolled,
    IReadOnlyList<ComponentView> Components, EligibilityView? Eligibility, StaffingView? Staffing, string? Problem,
    int? RulesVersion, int ShownRulesVersion, int NewestRulesVersion);

/// <summary>
/// One component: theory, practical or review; minutes; pass mark out of 100; for scored parts the assessors per
/// candidate, the adjudication spread, how marks combine (<c>mean</c>, <c>median</c>, <c>trimmedMean</c>) and what a
/// veto does (<c>taskScoresZero</c>, <c>componentFails</c>); null for theory.
/// </summary>
public sealed record ComponentView(
    string Component, int Minutes, decimal PassMark, int Assessors, decimal AdjudicationThreshold, string? Aggregation = null, string? Veto = null);

/// <summary>The 申报条件 rule set: a candidate qualifies by meeting any one condition.</summary>
public sealed record EligibilityView(string Id, int Version, string? Source, IReadOnlyList<ConditionView> Conditions, IReadOnlyList<string>? Reviewed = null);

/// <summary>One route to eligibility; <see cref="Unconfirmed"/> when it is a default not confirmed by the official text.</summary>
public sealed record ConditionView(string Id, string Title, bool Unconfirmed);

/// <summary>The staffing policy of the track's sittings (考务人员配备, RULES.md §4).</summary>
public sealed record StaffingView(
    int MinimumProctors, int CandidatesPerProctor, int MinimumAssessors, int CandidatesPerAssessor, bool OddAssessors, int MinimumPanel, bool OddPanel)
{
    /// <summary>The rule itself, which the sitting grain checks: pages ask it what a roster needs rather than repeat it.</summary>
    public StaffingRule ToRule() => new(MinimumProctors, CandidatesPerProctor, MinimumPanel, OddPanel, MinimumAssessors, CandidatesPerAssessor, OddAssessors);
}
