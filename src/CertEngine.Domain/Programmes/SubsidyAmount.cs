namespace CertEngine.Domain.Programmes;

/// <summary>What one qualifying certificate is paid (培训补贴).</summary>
/// <param name="Yuan">The amount in 元 (whole fen).</param>
/// <param name="Unconfirmed">True when the figure is not confirmed by the city's published rules.</param>
public sealed record SubsidyAmount(decimal Yuan, bool Unconfirmed);
