namespace CertEngine.Storage.Records.Exports;

/// <summary>
/// Which results a report covers: the candidates of one sitting, those of an exam batch (批次: the results of its
/// sittings, migration 0017), or every candidate with a result whose exam date lies in a range. Exactly one is given.
/// </summary>
/// <param name="SessionId">The sitting, or null for a batch or a date range.</param>
/// <param name="From">The first exam date included (with <paramref name="To"/>), or null for a sitting or a batch.</param>
/// <param name="To">The last exam date included (inclusive), or null for a sitting or a batch.</param>
/// <param name="BatchId">The batch, or null for a sitting or a date range.</param>
public sealed record ResultScope(string? SessionId, DateOnly? From, DateOnly? To, string? BatchId = null)
{
    /// <summary>The candidates with a result in any sitting of the batch.</summary>
    public static ResultScope Batch(string batchId) => new(null, null, null, batchId);

    /// <summary>One sitting's candidates.</summary>
    public static ResultScope Sitting(string sessionId) => new(sessionId, null, null);

    /// <summary>Candidates with a result dated from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static ResultScope Dates(DateOnly from, DateOnly to) => new(null, from, to);
}
