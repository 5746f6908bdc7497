namespace CertEngine.Server.Features.Banks;

/// <summary>One published version of a bank: where it is kept, when and by whom it was published, its counts.</summary>
/// <param name="Version">The version number.</param>
/// <param name="Source"><c>shipped</c> (read-only, beside the program) or <c>web</c> (published from the web, in the store).</param>
/// <param name="PublishedOn">The publication date in its manifest.</param>
/// <param name="PublishedAt">When it was published from the web; null for a shipped version.</param>
/// <param name="PublishedBy">Who published it from the web; null for a shipped version.</param>
/// <param name="Items">Items it holds (0 when it fails its manifest).</param>
/// <param name="Tasks">Practical tasks it holds.</param>
/// <param name="Intact">False when its files no longer match their manifest.</param>
public sealed record BankVersionRow(int Version, string Source, DateOnly? PublishedOn, DateTimeOffset? PublishedAt, string? PublishedBy, int Items, int Tasks, bool Intact);
