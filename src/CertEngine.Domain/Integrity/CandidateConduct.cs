namespace CertEngine.Domain.Integrity;

/// <summary>
/// What the record store holds about one candidate's submitted theory attempt in a sitting: the responses, and when the
/// attempt records them, the timing of each answer and the disconnections (attempts stored before December 2026 have none).
/// </summary>
/// <param name="Seat">The seat.</param>
/// <param name="Responses">One per question of the paper.</param>
/// <param name="Timing">The answer timings and disconnections, or null when the attempt did not record them.</param>
/// <param name="Takeovers">How often a sign-in on another computer took the attempt over.</param>
public sealed record CandidateConduct(int Seat, IReadOnlyList<SittingResponse> Responses, AttemptTiming? Timing, int Takeovers);

/// <summary>An attempt's recorded timing (all instants UTC).</summary>
/// <param name="StartedAt">When its clock started.</param>
/// <param name="SubmittedAt">When it was handed in.</param>
/// <param name="Answers">Per question answered at some point: when first answered, last changed, and how often changed.</param>
/// <param name="Disconnections">Silences of at least <see cref="SignalBounds.RecordedGap"/> while it ran.</param>
/// <param name="LongestDisconnection">The longest of them (zero when none).</param>
/// <param name="LongestDisconnectionFrom">When the longest began, or null.</param>
public sealed record AttemptTiming(
    DateTimeOffset StartedAt, DateTimeOffset SubmittedAt, IReadOnlyList<AnswerTiming> Answers,
    int Disconnections, TimeSpan LongestDisconnection, DateTimeOffset? LongestDisconnectionFrom);

/// <summary>One question's answer history, bounded: first and last save and the number of changes.</summary>
/// <param name="Position">The question's place on the paper (0-based).</param>
/// <param name="FirstAt">When an answer was first saved.</param>
/// <param name="LastAt">When it was last saved (changed or cleared).</param>
/// <param name="Changes">How many saves replaced or cleared an answer already given.</param>
public sealed record AnswerTiming(int Position, DateTimeOffset FirstAt, DateTimeOffset LastAt, int Changes);
