namespace CertEngine.Domain.Analytics;

/// <summary>An item outside a bound of <see cref="ItemFlagBounds"/>, with the number that put it there.</summary>
/// <param name="Code">Which bound: one of the <see cref="ItemFlagCodes"/>.</param>
/// <param name="Value">The item's number (p, the point-biserial, or an option's share).</param>
/// <param name="Bound">The bound it crossed.</param>
/// <param name="Option">The option concerned (distractor flags), else null.</param>
/// <param name="KeyValue">For <see cref="ItemFlagCodes.DistractorBeatsKey"/>: the key's share in the upper group.</param>
public sealed record ItemFlag(string Code, double Value, double Bound, string? Option = null, double? KeyValue = null);
