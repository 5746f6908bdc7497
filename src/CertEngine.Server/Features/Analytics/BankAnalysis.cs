using CertEngine.Domain.Analytics;
using CertEngine.Storage.Records.Analytics;

namespace CertEngine.Server.Features.Analytics;

/// <summary>The item analysis of one bank version (试题分析): the test per track, every item of the version, the authors' marks.</summary>
/// <param name="BankCode">The bank.</param>
/// <param name="BankVersion">The version analysed.</param>
/// <param name="Papers">Submitted papers drawn from the version (each attempt once, at its latest fact).</param>
/// <param name="Responses">Questions answered or omitted on those papers.</param>
/// <param name="Bounds">The flag bounds applied.</param>
/// <param name="Truncated">True when the version had more (track, item) pairs than are counted.</param>
/// <param name="Tests">The test statistics per track.</param>
/// <param name="Items">Every item of the version, in the bank's order, then any answered item the version does not hold.</param>
/// <param name="Marks">The authors' current marks on the bank's items.</param>
public sealed record BankAnalysis(
    string BankCode,
    int BankVersion,
    long Papers,
    long Responses,
    ItemFlagBounds Bounds,
    bool Truncated,
    IReadOnlyList<TestStatistics> Tests,
    IReadOnlyList<ItemStatistics> Items,
    IReadOnlyList<ItemMark> Marks)
{
    /// <summary>The items with at least one flag.</summary>
    public IEnumerable<ItemStatistics> Flagged => Items.Where(i => i.Flags.Count > 0);
}
