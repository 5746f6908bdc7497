using CertEngine.Domain.Publicity;
using CertEngine.Domain.Supervision;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tracks;

/// <summary>A partial <see cref="PracticalPolicy"/> from data: fields left out keep the layer below.</summary>
internal sealed record ScoringSettings(int? Assessors, ScoreAggregation? Aggregation, decimal? AdjudicationThreshold, VetoEffect? VetoEffect)
{
    public PracticalPolicy ApplyTo(PracticalPolicy policy) => new(
        Assessors ?? policy.Assessors,
        Aggregation ?? policy.Aggregation,
        AdjudicationThreshold ?? policy.AdjudicationThreshold,
        VetoEffect ?? policy.VetoEffect);
}

/// <summary>A partial <see cref="StaffingRule"/> from data (<c>staffing:</c>): fields left out keep the layer below.</summary>
internal sealed record StaffingSettings(
    int? MinimumProctors,
    int? CandidatesPerProctor,
    int? MinimumAssessors,
    int? CandidatesPerAssessor,
    bool? OddAssessors,
    int? MinimumPanel,
    bool? OddPanel)
{
    public StaffingRule ApplyTo(StaffingRule rule) => rule with
    {
        MinimumProctors = MinimumProctors ?? rule.MinimumProctors,
        CandidatesPerProctor = CandidatesPerProctor ?? rule.CandidatesPerProctor,
        MinimumAssessors = MinimumAssessors ?? rule.MinimumAssessors,
        CandidatesPerAssessor = CandidatesPerAssessor ?? rule.CandidatesPerAssessor,
        OddAssessors = OddAssessors ?? rule.OddAssessors,
        MinimumPanel = MinimumPanel ?? rule.MinimumPanel,
        OddPanel = OddPanel ?? rule.OddPanel,
    };
}

/// <summary>Settings of one component from data, for every level (<see cref="Level"/> null) or one level.</summary>
internal sealed record ComponentSettings(int? Level, ComponentKind Kind, int? Minutes, decimal? PassMark, ScoringSettings? Scoring, SourceLocation Location);

/// <summary>Catalogue-wide defaults (tracks/defaults.yaml), falling back to the code defaults.</summary>
internal sealed record TrackDefaults(
    RetakePolicy Retake,
    MultipleChoicePolicy MultipleChoice,
    PracticalPolicy PracticalScoring,
    PracticalPolicy ReviewScoring,
    IReadOnlyList<CertificateNumberFormat> NumberFormats,
    StaffingRule Staffing)
{
    public static TrackDefaults Code { get; } = new(
        RetakePolicy.Default, MultipleChoicePolicy.AllOrNothing, PracticalPolicy.Default, PracticalPolicy.Default, CertificateNumberFormat.Defaults,
        StaffingRule.Default);

    public PracticalPolicy? ScoringFor(ComponentKind kind) => kind switch
    {
        ComponentKind.Practical => PracticalScoring,
        ComponentKind.Review => ReviewScoring,
        _ => null,
    };

    /// <summary>The extra-time ceiling (<c>extra-time:</c>).</summary>
    public ExtraTimeRule ExtraTime { get; init; } = ExtraTimeRule.Default;

    /// <summary>The 成绩公示 setting (<c>publicity:</c>).</summary>
    public PublicityRule Publicity { get; init; } = PublicityRule.Default;

    /// <summary>The 逢考必督 setting (<c>supervision:</c>).</summary>
    public SupervisionRule Supervision { get; init; } = SupervisionRule.Off;
}

/// <summary>One occupation's (or one 专项's) tracks file.</summary>
internal sealed record OccupationTrackSettings(
    string Code,
    string Name,
    bool IsSpecialty,
    RetakePolicy? Retake,
    MultipleChoicePolicy? MultipleChoice,
    IReadOnlyList<ComponentSettings> Components,
    IReadOnlyDictionary<int, EligibilityRuleSet> EligibilityByLevel,
    EligibilityRuleSet? SpecialtyEligibility,
    SourceLocation Location,
    StaffingSettings? Staffing)
{
    /// <summary>The occupation's own extra-time ceiling, or null to keep the defaults'.</summary>
    public ExtraTimeRule? ExtraTime { get; init; }

    /// <summary>The occupation's own 成绩公示 setting, or null to keep the defaults'.</summary>
    public PublicityRule? Publicity { get; init; }

    /// <summary>The occupation's own 逢考必督 setting, or null to keep the defaults'.</summary>
    public SupervisionRule? Supervision { get; init; }
}
