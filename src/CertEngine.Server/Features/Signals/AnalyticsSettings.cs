using CertEngine.Domain.Integrity;
using CertEngine.Domain.Raters;

namespace CertEngine.Server.Features.Signals;

/// <summary>The analytics bounds kept as data in <c>question-banks/analytics.yaml</c>: the rater flags and the integrity signals.</summary>
/// <param name="Raters">When an assessor is flagged for the chief assessor.</param>
/// <param name="Signals">When a sitting's signals are raised.</param>
public sealed record AnalyticsSettings(RaterBounds Raters, SignalBounds Signals)
{
    /// <summary>The defaults (a missing file).</summary>
    public static AnalyticsSettings Default { get; } = new(RaterBounds.Default, SignalBounds.Default);
}
