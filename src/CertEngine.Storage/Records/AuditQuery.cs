namespace CertEngine.Storage.Records;

/// <summary>Which audit records to list, newest first, and which page of them.</summary>
/// <param name="Subject">Only this subject (exact), or any.</param>
/// <param name="Actor">Only this actor (exact), or any.</param>
/// <param name="Action">Only this action (exact), or any.</param>
/// <param name="From">Only records at or after this instant (inclusive), or any.</param>
/// <param name="To">Only records before this instant (exclusive), or any.</param>
/// <param name="Skip">How many matching records to skip (≥ 0).</param>
/// <param name="Take">How many to return (1–<see cref="MaxTake"/>).</param>
public sealed record AuditQuery(string? Subject, string? Actor, string? Action, DateTimeOffset? From, DateTimeOffset? To, int Skip, int Take)
{
    /// <summary>The largest page.</summary>
    public const int MaxTake = 1_000;
}
