namespace CertEngine.Storage.Records.Facts;

/// <summary>
/// The record store's facts (migration 0006): theory attempts with their responses, component results, certificates and
/// their status changes. Written only through <see cref="AppendAsync"/> (idempotent by fact id); read by reports.
/// </summary>
public interface IFactStore
{
    /// <summary>Stores, in one transaction, the facts not yet stored (by fact id); returns how many were new.</summary>
    Task<int> AppendAsync(IReadOnlyList<RecordFact> facts, CancellationToken cancellationToken = default);

    /// <summary>The responses to a bank version's items, one row per attempt fact and question, a page in a stable order.</summary>
    Task<IReadOnlyList<ResponseRow>> ResponsesAsync(string bankCode, int bankVersion, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>A track's component results, each candidate's latest per component and sitting, a page.</summary>
    Task<IReadOnlyList<ComponentResultRow>> ComponentResultsAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>A track's certificates with their current status, in order of issue, a page.</summary>
    Task<IReadOnlyList<CertificateRow>> CertificatesAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>A sitting's signed practical sheets with their marks per criterion and any ruling on the task, a page.</summary>
    Task<IReadOnlyList<PracticalSheetRow>> PracticalSheetsAsync(string sessionId, long skip, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Candidates by their latest profile, ordered by name, a page; <paramref name="search"/> (empty for all) matches as
    /// <see cref="Candidates.CandidateSearch.Text"/> does. Kept for its callers: the candidate directory
    /// (<see cref="Candidates.ICandidateDirectory"/>) adds filters, stages and the total.
    /// </summary>
    Task<IReadOnlyList<CandidateRow>> CandidatesAsync(string? search, long skip, int take, CancellationToken cancellationToken = default);

}

/// <summary>A candidate's latest profile as stored.</summary>
/// <param name="InternalId">The internal id.</param>
/// <param name="IdNumber">The ID number.</param>
/// <param name="Name">The name.</param>
/// <param name="County">The county, or empty.</param>
/// <param name="Tags">The tags.</param>
/// <param name="At">When the profile was last registered or changed.</param>
public sealed record CandidateRow(string InternalId, string IdNumber, string Name, string County, IReadOnlyList<string> Tags, DateTimeOffset At);

/// <summary>One signed practical sheet as stored.</summary>
/// <param name="AttemptKey">The practical attempt.</param>
/// <param name="Station">The station.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Assessor">Who signed.</param>
/// <param name="Total">The sheet's total.</param>
/// <param name="Vetoes">The vetoes marked (comma-separated).</param>
/// <param name="Marks">Points per criterion.</param>
/// <param name="Adjudicated">The chief's ruling on the task, if there was one.</param>
/// <param name="At">When it was signed.</param>
public sealed record PracticalSheetRow(string AttemptKey, int Station, string TaskId, string Assessor, decimal Total, string Vetoes,
    IReadOnlyDictionary<string, decimal> Marks, decimal? Adjudicated, DateTimeOffset At);

/// <summary>One response as stored: enough to recompute an item analysis.</summary>
/// <param name="AttemptFactId">The attempt fact (a regrade is its own fact).</param>
/// <param name="AttemptKey">The attempt.</param>
/// <param name="Kind"><c>submitted</c> or <c>regraded</c>.</param>
/// <param name="Position">The question's place on the paper.</param>
/// <param name="ItemId">The item id.</param>
/// <param name="ItemVersion">The item's version.</param>
/// <param name="Shown">The stored option labels in the order shown.</param>
/// <param name="Answer">The stored labels chosen (empty when omitted).</param>
/// <param name="Correct">Whether the question earned its full points.</param>
/// <param name="Awarded">The points awarded.</param>
/// <param name="AttemptScore">The attempt's score out of 100.</param>
public sealed record ResponseRow(string AttemptFactId, string AttemptKey, string Kind, int Position, string ItemId, int ItemVersion, string Shown, string Answer, bool Correct, decimal Awarded, decimal AttemptScore);

/// <summary>A component result as stored.</summary>
/// <param name="TrackKey">The track.</param>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="Component">The component.</param>
/// <param name="SessionId">The sitting.</param>
/// <param name="Score">The score out of 100.</param>
/// <param name="PassMark">The pass mark.</param>
/// <param name="ExamDate">The exam date.</param>
/// <param name="Voided">Whether the result is void.</param>
/// <param name="At">When it was recorded.</param>
public sealed record ComponentResultRow(string TrackKey, string IdNumber, string Component, string SessionId, decimal Score, decimal PassMark, DateOnly ExamDate, bool Voided, DateTimeOffset At);

/// <summary>A certificate as stored, with its current status.</summary>
/// <param name="Number">The number.</param>
/// <param name="TrackKey">The track.</param>
/// <param name="IdNumber">The holder's ID number.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="OccupationCode">The occupation code.</param>
/// <param name="Level">The level digit, if any.</param>
/// <param name="IssuedOn">The date of issue.</param>
/// <param name="Status">The latest status.</param>
public sealed record CertificateRow(string Number, string TrackKey, string IdNumber, string HolderName, string OccupationCode, int? Level, DateOnly IssuedOn, string Status);
