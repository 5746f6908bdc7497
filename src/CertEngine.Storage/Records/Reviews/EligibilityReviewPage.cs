namespace CertEngine.Storage.Records.Reviews;

/// <summary>One page of the review queue and how many rows match in all.</summary>
public sealed record EligibilityReviewPage(IReadOnlyList<EligibilityReviewRow> Rows, long Total);
