namespace CertEngine.Domain.Scoring;

/// <summary>An item whose answer key changed between two bank versions (勘误).</summary>
/// <param name="ItemId">The item's id (the same in both versions).</param>
/// <param name="FromVersion">The item's content version in the earlier bank version.</param>
/// <param name="ToVersion">The item's content version in the corrected bank version.</param>
/// <param name="OldKey">The earlier key's stored labels.</param>
/// <param name="NewKey">The corrected key's stored labels.</param>
public sealed record KeyCorrection(string ItemId, int FromVersion, int ToVersion, IReadOnlyList<string> OldKey, IReadOnlyList<string> NewKey);
