namespace CertEngine.Storage.Records.Raters;

/// <summary>The record store's signed sheets (migration 0006) for rater statistics: never grain state.</summary>
public interface IRaterRecords
{
    /// <summary>The sheets signed in [<paramref name="from"/>, <paramref name="to"/>), oldest first, at most <paramref name="cap"/>.</summary>
    Task<RaterSheetPage> SheetsAsync(DateTimeOffset from, DateTimeOffset to, int cap, CancellationToken cancellationToken = default);
}
