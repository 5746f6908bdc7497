namespace CertEngine.Storage.Records.Facts;

/// <summary>
/// A fact for the record store's tables (DESIGN.md "two kinds of state"): append-only, written after the grain's own state
/// under a stable <see cref="FactId"/> so a retry never writes it twice; a correction is a new fact, never an update.
/// Grains keep the facts they have not yet stored in an outbox in their own state (serialized with it).
/// </summary>
/// <param name="FactId">The stable id: the same fact always has the same id, a different fact never has it.</param>
/// <param name="At">When the fact happened (UTC).</param>
[GenerateSerializer, Alias("certengine.RecordFact")]
public abstract record RecordFact([property: Id(0)] string FactId, [property: Id(1)] DateTimeOffset At);

/// <summary>A submitted theory attempt, or its regrade under a corrected bank version, with every question's response.</summary>
/// <param name="FactId">The stable id (<c>attempt/{attempt}/submitted</c> or <c>attempt/{attempt}/regrade/{version}</c>).</param>
/// <param name="At">When it was submitted or regraded.</param>
/// <param name="AttemptKey">The attempt's grain key.</param>
/// <param name="Kind"><c>submitted</c> or <c>regraded</c>.</param>
/// <param name="SessionId">The sitting.</param>
/// <param name="Seat">The seat in the sitting.</param>
/// <param name="TrackKey">The track.</param>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="BankCode">The bank (occupation code).</param>
/// <param name="BankVersion">The bank version the paper was drawn from.</param>
/// <param name="GradedVersion">The bank version whose keys graded it.</param>
/// <param name="Level">The level digit of the paper.</param>
/// <param name="WorkType">The 工种, or empty.</param>
/// <param name="Score">The score out of 100.</param>
/// <param name="PassMark">The pass mark out of 100.</param>
/// <param name="Actor">Who submitted (the candidate, <c>system</c> at the deadline, or a proctor) or regraded.</param>
/// <param name="Responses">One per question, in the order shown.</param>
[GenerateSerializer, Alias("certengine.TheoryAttemptFact")]
public sealed record TheoryAttemptFact(
    string FactId,
    DateTimeOffset At,
    [property: Id(0)] string AttemptKey,
    [property: Id(1)] string Kind,
    [property: Id(2)] string SessionId,
    [property: Id(3)] int Seat,
    [property: Id(4)] string TrackKey,
    [property: Id(5)] string IdNumber,
    [property: Id(6)] string BankCode,
    [property: Id(7)] int BankVersion,
    [property: Id(8)] int GradedVersion,
    [property: Id(9)] int Level,
    [property: Id(10)] string WorkType,
    [property: Id(11)] decimal Score,
    [property: Id(12)] decimal PassMark,
    [property: Id(13)] string Actor,
    [property: Id(14)] IReadOnlyList<ResponseFact> Responses) : RecordFact(FactId, At);

/// <summary>One question of a theory attempt as answered and graded.</summary>
/// <param name="Position">The question's place on the paper (0-based).</param>
/// <param name="ItemId">The item id.</param>
/// <param name="ItemVersion">The item's version.</param>
/// <param name="Type"><c>single</c>, <c>multiple</c> or <c>judge</c>.</param>
/// <param name="Shown">The stored option labels in the order shown (comma-separated; empty for 判断).</param>
/// <param name="Answer">The stored labels chosen (comma-separated; empty when omitted).</param>
/// <param name="Awarded">The points awarded.</param>
/// <param name="Points">The question's points.</param>
[GenerateSerializer, Alias("certengine.ResponseFact")]
public sealed record ResponseFact(
    [property: Id(0)] int Position,
    [property: Id(1)] string ItemId,
    [property: Id(2)] int ItemVersion,
    [property: Id(3)] string Type,
    [property: Id(4)] string Shown,
    [property: Id(5)] string Answer,
    [property: Id(6)] decimal Awarded,
    [property: Id(7)] decimal Points)
{
    /// <summary>Whether the question earned its full points.</summary>
    public bool Correct => Points > 0 && Awarded == Points;
}

/// <summary>A component result recorded for a candidate (theory, practical, review); a later one for the same sitting supersedes it.</summary>
/// <param name="FactId">The stable id (<c>result/{candidate internal id}/{sequence}</c>).</param>
/// <param name="At">When it was recorded.</param>
/// <param name="TrackKey">The track.</param>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="Component">The component (theory, practical, review).</param>
/// <param name="Score">The score out of 100.</param>
/// <param name="PassMark">The pass mark out of 100.</param>
/// <param name="ExamDate">The exam date (China time).</param>
/// <param name="SessionId">The sitting it came from.</param>
/// <param name="Voided">Whether the result is void (成绩无效, e.g. after a serious 违纪).</param>
[GenerateSerializer, Alias("certengine.ComponentResultFact")]
public sealed record ComponentResultFact(
    string FactId,
    DateTimeOffset At,
    [property: Id(0)] string TrackKey,
    [property: Id(1)] string IdNumber,
    [property: Id(2)] string Component,
    [property: Id(3)] decimal Score,
    [property: Id(4)] decimal PassMark,
    [property: Id(5)] DateOnly ExamDate,
    [property: Id(6)] string SessionId,
    [property: Id(7)] bool Voided) : RecordFact(FactId, At);

/// <summary>A certificate issued (the fields printed on it).</summary>
/// <param name="FactId">The stable id (<c>certificate/{number}</c>).</param>
/// <param name="At">When it was issued.</param>
/// <param name="Number">The certificate number.</param>
/// <param name="Kind">The certificate kind.</param>
/// <param name="TrackKey">The track.</param>
/// <param name="IdNumber">The holder's ID number.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="OccupationCode">The occupation (or 专项) code.</param>
/// <param name="WorkType">The 工种, or empty.</param>
/// <param name="Level">The level digit, or <see langword="null"/> for a 专项.</param>
/// <param name="IssuedOn">The date of issue printed on it.</param>
/// <param name="Actor">Who issued it.</param>
[GenerateSerializer, Alias("certengine.CertificateIssuedFact")]
public sealed record CertificateIssuedFact(
    string FactId,
    DateTimeOffset At,
    [property: Id(0)] string Number,
    [property: Id(1)] string Kind,
    [property: Id(2)] string TrackKey,
    [property: Id(3)] string IdNumber,
    [property: Id(4)] string HolderName,
    [property: Id(5)] string OccupationCode,
    [property: Id(6)] string WorkType,
    [property: Id(7)] int? Level,
    [property: Id(8)] DateOnly IssuedOn,
    [property: Id(9)] string Actor) : RecordFact(FactId, At);

/// <summary>A certificate's status change (issued as valid, suspended, reinstated, revoked, reissued).</summary>
/// <param name="FactId">The stable id (<c>certificate/{number}/status/{n}</c>, n the change's place in its history).</param>
/// <param name="At">When it changed.</param>
/// <param name="Number">The certificate number.</param>
/// <param name="Sequence">The change's place in the certificate's history (0 = issue).</param>
/// <param name="Status">The status after the change.</param>
/// <param name="Reason">Why.</param>
/// <param name="Actor">Who changed it.</param>
/// <param name="ReplacedBy">The new number when reissued.</param>
[GenerateSerializer, Alias("certengine.CertificateStatusFact")]
public sealed record CertificateStatusFact(
    string FactId,
    DateTimeOffset At,
    [property: Id(0)] string Number,
    [property: Id(1)] int Sequence,
    [property: Id(2)] string Status,
    [property: Id(3)] string Reason,
    [property: Id(4)] string Actor,
    [property: Id(5)] string? ReplacedBy) : RecordFact(FactId, At);

/// <summary>One assessor's signed sheet for one practical task (or 综合评审 part): the mark per criterion and the vetoes.</summary>
/// <param name="FactId">The stable id (<c>practical/{attempt}/{task}/sheet/{assessor}</c>: a signed sheet never changes).</param>
/// <param name="At">When it was signed.</param>
/// <param name="AttemptKey">The practical attempt's grain key.</param>
/// <param name="SessionId">The sitting.</param>
/// <param name="Station">The station (seat).</param>
/// <param name="TrackKey">The track.</param>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="BankCode">The bank.</param>
/// <param name="BankVersion">The bank version the task comes from.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Assessor">The assessor who signed.</param>
/// <param name="Total">The sheet's total after vetoes.</param>
/// <param name="Vetoes">The vetoes marked (否决项 numbers, comma-separated; empty when none).</param>
/// <param name="Remark">The assessor's remark.</param>
/// <param name="Marks">The points per criterion.</param>
[GenerateSerializer, Alias("certengine.PracticalSheetFact")]
public sealed record PracticalSheetFact(
    string FactId,
    DateTimeOffset At,
    [property: Id(0)] string AttemptKey,
    [property: Id(1)] string SessionId,
    [property: Id(2)] int Station,
    [property: Id(3)] string TrackKey,
    [property: Id(4)] string IdNumber,
    [property: Id(5)] string BankCode,
    [property: Id(6)] int BankVersion,
    [property: Id(7)] string TaskId,
    [property: Id(8)] string Assessor,
    [property: Id(9)] decimal Total,
    [property: Id(10)] string Vetoes,
    [property: Id(11)] string Remark,
    [property: Id(12)] IReadOnlyList<CriterionMark> Marks) : RecordFact(FactId, At);

/// <summary>The points one assessor gave one criterion.</summary>
/// <param name="Criterion">The criterion id.</param>
/// <param name="Points">The points given.</param>
[GenerateSerializer, Alias("certengine.CriterionMark")]
public sealed record CriterionMark([property: Id(0)] string Criterion, [property: Id(1)] decimal Points);

/// <summary>The chief assessor's ruling on a task whose sheets differ too much.</summary>
/// <param name="FactId">The stable id (<c>practical/{attempt}/{task}/adjudication</c>).</param>
/// <param name="At">When.</param>
/// <param name="AttemptKey">The practical attempt.</param>
/// <param name="SessionId">The sitting.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Chief">The chief assessor.</param>
/// <param name="Score">The score ruled.</param>
/// <param name="Reason">Why.</param>
[GenerateSerializer, Alias("certengine.AdjudicationFact")]
public sealed record AdjudicationFact(
    string FactId,
    DateTimeOffset At,
    [property: Id(0)] string AttemptKey,
    [property: Id(1)] string SessionId,
    [property: Id(2)] string TaskId,
    [property: Id(3)] string Chief,
    [property: Id(4)] decimal Score,
    [property: Id(5)] string Reason) : RecordFact(FactId, At);

/// <summary>A candidate's real-name profile as registered or corrected (实名登记): the latest per candidate is current.</summary>
/// <param name="FactId">The stable id (<c>candidate/{internal id}/{n}</c>).</param>
/// <param name="At">When it was registered or changed.</param>
/// <param name="InternalId">The candidate's internal id.</param>
/// <param name="IdNumber">The ID number.</param>
/// <param name="Name">The name.</param>
/// <param name="County">The county (区县), or empty.</param>
/// <param name="Tags">The centre's tags (e.g. a training class), comma-separated.</param>
/// <param name="Actor">Who registered or changed it.</param>
/// <param name="Phone">The phone number, or empty (<see langword="null"/> in facts written before profiles held one).</param>
[GenerateSerializer, Alias("certengine.CandidateProfileFact")]
public sealed record CandidateProfileFact(
    string FactId,
    DateTimeOffset At,
    [property: Id(0)] string InternalId,
    [property: Id(1)] string IdNumber,
    [property: Id(2)] string Name,
    [property: Id(3)] string County,
    [property: Id(4)] string Tags,
    [property: Id(5)] string Actor,
    [property: Id(6)] string? Phone = null) : RecordFact(FactId, At);

/// <summary>
/// An application's state in eligibility review (资格审核): submitted (pending), approved or rejected. The queue's row
/// for <paramref name="ReviewId"/> holds the latest fact.
/// </summary>
/// <param name="FactId">The stable id (<c>review/{review id}/{n}</c>).</param>
/// <param name="At">When the state changed.</param>
/// <param name="ReviewId">The review (one application).</param>
/// <param name="TrackKey">The track applied to.</param>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="ConditionId">The route the engine found met.</param>
/// <param name="EvidenceIds">The evidence the route uses, comma-separated.</param>
/// <param name="ToCheck">The evidence a person must check, comma-separated.</param>
/// <param name="Status"><c>pending</c>, <c>approved</c> or <c>rejected</c>.</param>
/// <param name="SubmittedAt">When the application was submitted.</param>
/// <param name="SubmittedBy">Who submitted it.</param>
/// <param name="DecidedBy">Who decided it, or empty while pending.</param>
/// <param name="Reason">Why it was rejected, or empty.</param>
[GenerateSerializer, Alias("certengine.EligibilityReviewFact")]
public sealed record EligibilityReviewFact(
    string FactId,
    DateTimeOffset At,
    [property: Id(0)] string ReviewId,
    [property: Id(1)] string TrackKey,
    [property: Id(2)] string IdNumber,
    [property: Id(3)] string ConditionId,
    [property: Id(4)] string EvidenceIds,
    [property: Id(5)] string ToCheck,
    [property: Id(6)] string Status,
    [property: Id(7)] DateTimeOffset SubmittedAt,
    [property: Id(8)] string SubmittedBy,
    [property: Id(9)] string DecidedBy,
    [property: Id(10)] string Reason) : RecordFact(FactId, At);
