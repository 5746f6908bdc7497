using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tracks;

/// <summary>One component (考核科目) a track requires: 理论, 技能 or 综合评审.</summary>
/// <param name="Minutes">Duration in minutes (≥ 1); never below the standard's minimum, which the catalogue checks.</param>
/// <param name="PassMark">Pass mark out of 100 (0–100 inclusive); a score equal to it passes.</param>
/// <param name="Scoring">How assessors' scores combine; required for <see cref="ComponentKind.Practical"/> and
/// <see cref="ComponentKind.Review"/>, null for <see cref="ComponentKind.Theory"/>.</param>
public sealed record TrackComponent(ComponentKind Kind, int Minutes, decimal PassMark, PracticalPolicy? Scoring)
{
    /// <summary>Duration in minutes (≥ 1).</summary>
    public int Minutes { get; } = Minutes >= 1 ? Minutes : throw new ArgumentOutOfRangeException(nameof(Minutes), Minutes, "minutes must be at least 1");

    /// <summary>Pass mark out of 100, inclusive bounds 0 and 100.</summary>
    public decimal PassMark { get; } = PassMark is >= 0 and <= 100
        ? PassMark
        : throw new ArgumentOutOfRangeException(nameof(PassMark), PassMark, "a pass mark lies in 0–100");

    /// <summary>How assessors' scores combine (null for theory).</summary>
    public PracticalPolicy? Scoring { get; } = (Kind == ComponentKind.Theory) == (Scoring is null)
        ? Scoring
        : throw new ArgumentException("practical and review components carry a PracticalPolicy; theory does not", nameof(Scoring));
}
