namespace CertEngine.Storage.Records.Analytics;

/// <summary>An author's mark on an item of a bank (migration 0013): for revision, for retirement, or clearing an earlier mark.</summary>
/// <param name="MarkId">The mark's id (unique).</param>
/// <param name="BankCode">The bank.</param>
/// <param name="ItemId">The item id.</param>
/// <param name="ItemVersion">The item's version the author looked at.</param>
/// <param name="BankVersion">The bank version whose analysis the author looked at.</param>
/// <param name="Mark">One of <see cref="ItemMarks"/>.</param>
/// <param name="Reason">Why (the author's words, at most <see cref="ItemMarks.MaxReason"/> characters).</param>
/// <param name="Actor">Who marked it.</param>
/// <param name="At">When (UTC).</param>
public sealed record ItemMark(string MarkId, string BankCode, string ItemId, int ItemVersion, int BankVersion, string Mark, string Reason, string Actor, DateTimeOffset At);
