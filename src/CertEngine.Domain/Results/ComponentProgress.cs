using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Results;

/// <summary>Where a candidate stands in one component not yet passed in the current cycle.</summary>
/// <param name="Sittings">Sittings of this component in the current cycle (0: never sat, so the next is not a retake).</param>
/// <param name="RetakesLeft">Retakes still allowed in the cycle (≥ 0); the first sitting does not use one.</param>
/// <param name="SitBy">The last day (inclusive) a sitting still counts for the current cycle; null before the first sitting.</param>
public sealed record ComponentProgress(ComponentKind Kind, int Sittings, int RetakesLeft, DateOnly? SitBy)
{
    /// <summary>True when the next sitting of this component is a retake (补考).</summary>
    public bool NextIsRetake => Sittings > 0;
}
