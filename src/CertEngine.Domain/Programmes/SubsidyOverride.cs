namespace CertEngine.Domain.Programmes;

/// <summary>An occupation's own subsidy amounts, overriding a city's defaults.</summary>
/// <param name="Levels">元 per level digit (levels not listed take the city's amount).</param>
/// <param name="Specialty">元 for its 专项 certificate, or null for the city's.</param>
public sealed record SubsidyOverride(IReadOnlyDictionary<int, decimal> Levels, decimal? Specialty);
