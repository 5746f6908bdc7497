namespace CertEngine.Storage.Records.Exports;

/// <summary>
/// Which results a report covers: the candidates of one sitting (a batch, 批次), or every candidate with a result whose
/// exam date lies in a range. Exactly one of the two is given.
/// </summary>
/// <param name="SessionId">The sitting, or null for a date range.</param>
/// <param name="From">The first exam date included (with <paramref name="To"/>), or null for a sitting.</param>
/// <param name="To">The last exam date included (inclusive), or null for a sitting.</param>
public sealed record ResultScope(string? SessionId, DateOnly? From, DateOnly? To)
{
    /// <summary>One sitting's candidates.</summary>
    public static ResultScope Sitting(string sessionId) => new(sessionId, null, null);

    /// <summary>Candidates with a result dated from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static ResultScope Dates(DateOnly from, DateOnly to) => new(null, from, to);
}
