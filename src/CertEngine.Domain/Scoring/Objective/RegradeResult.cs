namespace CertEngine.Domain.Scoring;

/// <summary>A paper graded under its original keys and under corrected keys.</summary>
/// <param name="OldScore">The score under the keys of the bank version the paper was drawn from.</param>
/// <param name="NewScore">The score under the corrected keys.</param>
/// <param name="ChangedItemIds">Items of this paper whose awarded points changed, in paper order.</param>
public sealed record RegradeResult(decimal OldScore, decimal NewScore, IReadOnlyList<string> ChangedItemIds)
{
    /// <summary>True when the correction changes this paper's score.</summary>
    public bool Changes => OldScore != NewScore;
}
