using CertEngine.Domain.Integrity;

namespace CertEngine.Server.Features.Signals;

/// <summary>
/// <c>GET /api/analytics/sittings/{id}/signals</c>: a sitting's integrity signals (signals to review, never verdicts) with
/// the method they come from.
/// </summary>
/// <param name="SessionId">The sitting.</param>
/// <param name="Method">The copying statistic's name and reference (docs/analytics.md).</param>
/// <param name="Report">The figures.</param>
public sealed record SittingSignalView(string SessionId, string Method, SittingSignalReport Report);
