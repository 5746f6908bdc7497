namespace CertEngine.Storage.Records.Publicity;

/// <summary>
/// 成绩公示 in the record store (migration 0010): notices with their lines, written once, and objections with their latest
/// state. The public page, the managers' pages and the issuance gate read these tables, never grain state.
/// </summary>
public interface IPublicityRecords
{
    /// <summary>The most lines one notice may hold.</summary>
    const int MaxLines = 5_000;

    /// <summary>The most rows one page of a list returns.</summary>
    const int MaxTake = 200;

    /// <summary>Writes a notice and its lines in one transaction; false (nothing written) when the id is taken.</summary>
    Task<bool> PublishAsync(PublicityNotice notice, IReadOnlyList<PublicityLine> lines, CancellationToken cancellationToken = default);

    /// <summary>The notice, or null.</summary>
    Task<PublicityNotice?> FindAsync(string publicityId, CancellationToken cancellationToken = default);

    /// <summary>The notice of a sitting, if its results were published.</summary>
    Task<PublicityNotice?> FindBySittingAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Notices newest first, of one track or all (empty or null), a page.</summary>
    Task<IReadOnlyList<PublicityNotice>> ListAsync(string? trackKey, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>A notice's lines by ticket number, a page.</summary>
    Task<IReadOnlyList<PublicityLine>> LinesAsync(string publicityId, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>The latest notice listing the candidate of the track as passed, with its objections not closed; null when none.</summary>
    Task<PublicityStandingRow?> StandingAsync(string trackKey, string idNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the objection only when its notice has a line with that ID number and ticket; false (nothing written)
    /// otherwise. The caller answers both the same way, so no one learns whether a ticket exists.
    /// </summary>
    Task<bool> LodgeAsync(PublicityObjection objection, CancellationToken cancellationToken = default);

    /// <summary>The objection, or null.</summary>
    Task<PublicityObjection?> ObjectionAsync(string objectionId, CancellationToken cancellationToken = default);

    /// <summary>Objections oldest first, by status (null: all) and notice (null: all), a page.</summary>
    Task<IReadOnlyList<PublicityObjection>> ObjectionsAsync(string? status, string? publicityId, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>How many objections are not closed.</summary>
    Task<int> CountHoldingAsync(CancellationToken cancellationToken = default);

    /// <summary>Records an answer to an objection not closed (an answer may be corrected until it is); false when closed or missing.</summary>
    Task<bool> AnswerAsync(string objectionId, string answer, string actor, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Closes an answered objection; false when it is missing, not answered or already closed.</summary>
    Task<bool> CloseAsync(string objectionId, string actor, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// The candidates listed as passed in notices whose period is still running on <paramref name="today"/> (it ends on or
    /// after it) and who hold no certificate of the notice's track, counted by the period's last day, soonest first, at
    /// most <paramref name="take"/> days (at most <see cref="MaxTake"/>). A candidate in two such notices counts on each day.
    /// </summary>
    Task<IReadOnlyList<PublicityEnding>> EndingAsync(DateOnly today, int take, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="sessionIds"/> have a notice.</summary>
    Task<IReadOnlySet<string>> PublishedSittingsAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken = default);
}
