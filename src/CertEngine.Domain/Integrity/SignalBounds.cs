namespace CertEngine.Domain.Integrity;

/// <summary>
/// When a sitting's integrity signals (考试异常信号) are raised, kept as data (<c>question-banks/analytics.yaml</c>,
/// <c>signals:</c>); the defaults are this programme's provisional choices. Signals are for a person to review, never verdicts.
/// </summary>
/// <param name="NeighbourDistance">Seats whose numbers differ by at most this are neighbours (at least 1).</param>
/// <param name="NeighbourAlpha">
/// The family-wise error rate over a sitting's neighbour pairs, in (0, 1): a neighbour pair is flagged when its tail
/// probability is at most this divided by the number of neighbour pairs compared (Bonferroni).
/// </param>
/// <param name="RoomAlpha">The same over every other pair of the room, divided by the number of those pairs.</param>
/// <param name="MinIdenticalWrong">A pair is never flagged on fewer identical wrong answers than this (at least 1).</param>
/// <param name="FastAnswerSeconds">An answer first given less than this many seconds after the one before (or the start) is fast.</param>
/// <param name="FastAnswersAtLeast">A candidate is flagged from this many fast answers …</param>
/// <param name="FastShareAtLeast">… when they are also at least this share of the answers given, in [0, 1].</param>
/// <param name="LateMinutes">The last minutes before the hand-in in which answer changes are counted.</param>
/// <param name="LateChangesAtLeast">A candidate is flagged from this many questions changed in those minutes (at least 1).</param>
/// <param name="TakeoversAtLeast">A candidate is flagged from this many sign-ins on another computer (at least 1).</param>
/// <param name="DisconnectionSeconds">A candidate is flagged when one disconnection lasted at least this long (at least 60).</param>
public sealed record SignalBounds(
    int NeighbourDistance = 1,
    double NeighbourAlpha = 0.001,
    double RoomAlpha = 0.001,
    int MinIdenticalWrong = 5,
    double FastAnswerSeconds = 3,
    int FastAnswersAtLeast = 10,
    double FastShareAtLeast = 0.25,
    double LateMinutes = 5,
    int LateChangesAtLeast = 8,
    int TakeoversAtLeast = 1,
    double DisconnectionSeconds = 180)
{
    /// <summary>The shortest silence an attempt records as a disconnection (the exam page polls every 15 s): 60 s.</summary>
    public static readonly TimeSpan RecordedGap = TimeSpan.FromSeconds(60);

    /// <summary>The defaults.</summary>
    public static SignalBounds Default { get; } = new();

    /// <summary>Whether the bounds make sense (see each parameter).</summary>
    public bool IsValid =>
        NeighbourDistance >= 1 && NeighbourAlpha is > 0 and < 1 && RoomAlpha is > 0 and < 1 && MinIdenticalWrong >= 1
        && FastAnswerSeconds > 0 && FastAnswersAtLeast >= 1 && FastShareAtLeast is >= 0 and <= 1
        && LateMinutes > 0 && LateChangesAtLeast >= 1 && TakeoversAtLeast >= 1
        && DisconnectionSeconds >= RecordedGap.TotalSeconds;
}
