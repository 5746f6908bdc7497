using CertEngine.Contracts.Candidates;

namespace CertEngine.Contracts.Tracks;

/// <summary>
/// One certification track (认定职业/工种/等级). Key: <c>occupation/工种/level</c>, e.g. <c>4-10-01-06/家务服务员/5</c>;
/// <c>4-10-01-06/2</c> for a level without 工种; <c>专项/code</c> for a 专项职业能力 assessment.
/// </summary>
public interface ICertificationTrackGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens the track on a published bank version from the track data; refused for a level the standard lacks. The first
    /// opening pins the code's newest track rules version (0 = the shipped file); moving to a newer bank version keeps it.
    /// </summary>
    Task<CommandReply> OpenAsync(int bankVersion, string actor);

    /// <summary>
    /// Pins the track to rules version <paramref name="rulesVersion"/> of its code (0 = the shipped file), so sittings
    /// scheduled from now on use its minutes, pass marks, scoring and staffing; sittings already scheduled keep theirs.
    /// Refused when the track is not opened, the version does not exist, or it does not build against the track's bank
    /// version. Audited as <c>track.rules.adopted</c>.
    /// </summary>
    Task<CommandReply> AdoptRulesAsync(int rulesVersion, string actor);

    /// <summary>The track, or <see langword="null"/> when not opened.</summary>
    Task<TrackSummary?> GetAsync();

    /// <summary>The ID numbers of the candidates enrolled (申报通过), in the order they enrolled; empty when none or not opened.</summary>
    Task<IReadOnlyList<string>> ListEnrolledAsync();

    /// <summary>
    /// Checks the candidate's eligibility (申报条件) and enrols them; refused with the rule that failed, or with
    /// <c>TrackReviewRequired</c> when the route met rests on evidence a person must check (see <see cref="ICandidateEvidenceGrain"/>).
    /// </summary>
    Task<CommandReply> RegisterCandidateAsync(string idNumber, IReadOnlyList<Evidence> evidence, string actor);

    /// <summary>
    /// As <see cref="RegisterCandidateAsync"/>, counting the evidence ids in <paramref name="confirmed"/> as checked by a
    /// reviewer; a route resting on evidence of a reviewed kind not confirmed is refused with <c>TrackReviewRequired</c>.
    /// </summary>
    Task<CommandReply> EnrolCheckedAsync(string idNumber, IReadOnlyList<Evidence> evidence, IReadOnlyList<string> confirmed, string actor);

    /// <summary>
    /// Every route of the track's 申报条件 checked against the evidence today (<paramref name="confirmed"/> as in
    /// <see cref="EnrolCheckedAsync"/>); <see langword="null"/> when the track is not opened. Changes nothing.
    /// </summary>
    [Orleans.Concurrency.ReadOnly]
    Task<EligibilityAssessment?> AssessEligibilityAsync(DateOnly birthDate, IReadOnlyList<Evidence> evidence, IReadOnlyList<string> confirmed);

    /// <summary>
    /// Whether a candidate born on <paramref name="birthDate"/> with this evidence meets a condition of the track's 申报条件
    /// today; changes nothing (a spreadsheet import checks every row before it registers anyone).
    /// </summary>
    Task<CommandReply> CheckEligibilityAsync(DateOnly birthDate, IReadOnlyList<Evidence> evidence);

    /// <summary>Whether the enrolled candidate may sit a component today (retakes only of failed parts, within the window).</summary>
    Task<CommandReply> CanSitAsync(string idNumber, ExamComponent component);

    /// <summary>
    /// Whether <see cref="IssueCertificateAsync"/> would issue the candidate's certificate now; changes nothing (the 发证
    /// page lists who is ready and why the others are not). <see cref="IssueOutcome.AlreadyIssued"/> with the number when the
    /// candidate holds it; <see cref="IssueOutcome.NotReady"/> or <see cref="IssueOutcome.Refused"/> with the reason the issue
    /// would be refused with; <see cref="IssueOutcome.Issued"/> with no number when it would be issued.
    /// </summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IssueReply> CheckCertificateAsync(string idNumber);

    /// <summary>Issues the candidate's certificate when every component has passed; exactly once per candidate and track.</summary>
    Task<IssueReply> IssueCertificateAsync(string idNumber, string actor);

    /// <summary>Replaces a certificate by a new number (补发/换发): the old one is marked reissued, never deleted.</summary>
    Task<IssueReply> ReissueCertificateAsync(string number, string actor, string reason);
}
