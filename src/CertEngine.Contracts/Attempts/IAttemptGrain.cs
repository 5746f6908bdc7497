using CertEngine.Contracts.Sessions;

namespace CertEngine.Contracts.Attempts;

/// <summary>
/// One candidate's theory attempt in one sitting. Key: <c>{sessionId}/{ID number}</c>.
/// The only grain an answer save touches. A reminder submits it at the deadline, also after a restart.
/// </summary>
public interface IAttemptGrain : IGrainWithStringKey
{
    /// <summary>Assembles the paper from the seed and seat; idempotent.</summary>
    Task<CommandReply> PrepareAsync(AttemptSetup setup);

    /// <summary>Records check-in (the proctor and the identity check).</summary>
    Task<CommandReply> CheckInAsync(string proctor, bool identityConfirmed);

    /// <summary>
    /// Starts the clock at the sitting's start instant. A candidate who joins late also carries the sitting's pauses
    /// completed before they joined (<paramref name="pausedBefore"/>), so their deadline is the sitting's.
    /// </summary>
    Task<CommandReply> StartAsync(DateTimeOffset startedAt, TimeSpan pausedBefore);

    /// <summary>Freezes the clock at the sitting's pause instant.</summary>
    Task PauseAsync(DateTimeOffset at);

    /// <summary>Restarts the clock at the sitting's resume instant.</summary>
    Task ResumeAsync(DateTimeOffset at);

    /// <summary>
    /// Grants extra minutes, refused (changing nothing) when the candidate's total extra time would pass
    /// <paramref name="ceilingMinutes"/> (the track's <c>extra-time</c> ceiling, inclusive).
    /// </summary>
    Task<CommandReply> ExtendAsync(int minutes, int ceilingMinutes);

    /// <summary>The candidate's view: same paper, saved answers, true remaining time.</summary>
    Task<CandidatePaper?> GetPaperAsync();

    /// <summary>Status, answered count and remaining time for the proctor's roster; cheap, changes nothing.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<AttemptProgress> GetProgressAsync();

    /// <summary>
    /// The candidate's browser polls (every 15 s): records that it was heard from, for the roster's online column, and
    /// answers the same progress as <see cref="GetProgressAsync"/> without assembling the paper; cheap, stores nothing.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<AttemptProgress> HeartbeatAsync();

    /// <summary>Saves one answer, given in display labels (judge: <c>true</c>/<c>false</c>); refused after the deadline.</summary>
    Task<SaveReply> SaveAnswerAsync(int index, IReadOnlyList<string> choices);

    /// <summary>The candidate hands in (交卷).</summary>
    Task<CommandReply> SubmitAsync();

    /// <summary>Submits now if not yet submitted (the sitting closes); returns the result.</summary>
    Task<AttemptResult?> ForceSubmitAsync(string actor);

    /// <summary>终止考核: ends a running or paused attempt for misconduct, handed in as it stands (audited <c>attempt.terminated</c>).</summary>
    Task TerminateAsync(string actor);

    /// <summary>成绩无效: the attempt's result is void from now on, also after a regrade; the candidate's part result becomes void.</summary>
    Task VoidResultAsync(string actor);

    /// <summary>The result once submitted.</summary>
    Task<AttemptResult?> GetResultAsync();

    /// <summary>The stored paper identity (seed, seat, item ids and versions).</summary>
    Task<PaperRecord?> GetPaperRecordAsync();

    /// <summary>Regrades under a corrected bank version; a dry run changes nothing.</summary>
    Task<RegradeLine?> RegradeAsync(int correctedBankVersion, bool dryRun, string actor, string reason);
}
