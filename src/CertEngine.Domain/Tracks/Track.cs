using CertEngine.Domain.Certificates;
using CertEngine.Domain.Publicity;
using CertEngine.Domain.Supervision;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// A certification track (认定项目): one occupation, 工种 and level (or one 专项), the published bank version its papers
/// draw from, the components a candidate must pass, who may register (申报条件), the retake rule and the certificate
/// it leads to. Build one with <see cref="TrackCatalogue.Create"/>, which checks it against the bank and the data.
/// </summary>
/// <param name="Title">What screens show, e.g. <c>家政服务员（家务服务员）五级/初级工</c>.</param>
/// <param name="OccupationName">职业名称 as printed on the certificate.</param>
/// <param name="LevelDisplay">The level's display form (<c>五级/初级工</c>); null for a 专项.</param>
/// <param name="BankId">The published bank's id (its manifest's <c>bank</c>).</param>
/// <param name="BankVersion">The published bank version (≥ 1) papers are drawn from.</param>
/// <param name="Components">Required components, at most one per kind, in order theory, practical, review.</param>
public sealed record Track(
    TrackKey Key,
    string Title,
    string OccupationName,
    string? LevelDisplay,
    string BankId,
    int BankVersion,
    IReadOnlyList<TrackComponent> Components,
    EligibilityRuleSet Eligibility,
    RetakePolicy Retake,
    MultipleChoicePolicy MultipleChoice,
    CertificateKind CertificateKind)
{
    /// <summary>
    /// The staffing its sittings need (RULES.md §4), checked at scheduling and again at the start: from tracks data
    /// (<c>staffing:</c> in defaults.yaml, then the occupation's file).
    /// </summary>
    public StaffingRule Staffing { get; init; } = StaffingRule.Default;

    /// <summary>
    /// The ceiling on the extra time (延时) one candidate may be granted in a sitting: from tracks data
    /// (<c>extra-time:</c> in defaults.yaml, then the occupation's file), else <see cref="ExtraTimeRule.Default"/>.
    /// </summary>
    public ExtraTimeRule ExtraTime { get; init; } = ExtraTimeRule.Default;

    /// <summary>
    /// 成绩公示 before certificates are issued: from tracks data (<c>publicity:</c> in defaults.yaml, then the occupation's
    /// file), else <see cref="PublicityRule.Default"/> (5 working days).
    /// </summary>
    public PublicityRule Publicity { get; init; } = PublicityRule.Default;

    /// <summary>
    /// 逢考必督: whether each sitting's results wait for its signed supervision record before 公示 and certification
    /// (<c>supervision: required</c> in defaults.yaml or the occupation's file), else <see cref="SupervisionRule.Off"/>.
    /// </summary>
    public SupervisionRule Supervision { get; init; } = SupervisionRule.Off;

    /// <summary>The component of that kind, or null when the track does not require it.</summary>
    public TrackComponent? Component(ComponentKind kind) => Components.FirstOrDefault(c => c.Kind == kind);

    /// <summary>True when the track requires a component of that kind.</summary>
    public bool Requires(ComponentKind kind) => Component(kind) is not null;
}
