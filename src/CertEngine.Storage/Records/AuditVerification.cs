namespace CertEngine.Storage.Records;

/// <summary>What <c>audit verify</c> found: how much it walked, and the first problem, if any.</summary>
/// <param name="Records">Records checked.</param>
/// <param name="Subjects">Chains checked.</param>
/// <param name="Anchors">Anchors checked.</param>
/// <param name="Problem">The first changed, removed or reordered record or anchor, named; <see langword="null"/> when intact.</param>
public sealed record AuditVerification(long Records, long Subjects, long Anchors, string? Problem)
{
    /// <summary>Whether every chain and anchor is intact.</summary>
    public bool Intact => Problem is null;
}
