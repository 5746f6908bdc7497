namespace CertEngine.Storage.Records.Facts;

/// <summary>
/// How a submitted theory attempt was taken, for the integrity signals (migration 0015): its clock, its disconnections
/// and each answered question's timing. Written with the submission's fact; a regrade does not change it.
/// </summary>
/// <param name="FactId">The stable id (<c>attempt/{attempt}/conduct</c>).</param>
/// <param name="At">When it was submitted.</param>
/// <param name="AttemptKey">The attempt's grain key.</param>
/// <param name="SessionId">The sitting.</param>
/// <param name="Seat">The seat.</param>
/// <param name="StartedAt">When its clock started.</param>
/// <param name="Disconnections">Silences of at least a minute while it ran.</param>
/// <param name="LongestDisconnectionSeconds">The longest of them in seconds (0 when none).</param>
/// <param name="LongestDisconnectionFrom">When the longest began, or null.</param>
/// <param name="Answers">One per question answered at some point.</param>
[GenerateSerializer, Alias("certengine.AttemptConductFact")]
public sealed record AttemptConductFact(
    string FactId,
    DateTimeOffset At,
    [property: Id(0)] string AttemptKey,
    [property: Id(1)] string SessionId,
    [property: Id(2)] int Seat,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] int Disconnections,
    [property: Id(5)] double LongestDisconnectionSeconds,
    [property: Id(6)] DateTimeOffset? LongestDisconnectionFrom,
    [property: Id(7)] IReadOnlyList<AnswerTimingFact> Answers) : RecordFact(FactId, At);

/// <summary>One question's answer timing.</summary>
/// <param name="Position">The question's place on the paper (0-based).</param>
/// <param name="FirstAt">When an answer was first saved.</param>
/// <param name="LastAt">When it was last saved.</param>
/// <param name="Changes">Saves that replaced or cleared an answer already given.</param>
[GenerateSerializer, Alias("certengine.AnswerTimingFact")]
public sealed record AnswerTimingFact([property: Id(0)] int Position, [property: Id(1)] DateTimeOffset FirstAt, [property: Id(2)] DateTimeOffset LastAt, [property: Id(3)] int Changes);
