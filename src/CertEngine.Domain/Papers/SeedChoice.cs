namespace CertEngine.Domain.Papers;

/// <summary>The seed chosen for a sitting, what its papers measured, how many seeds were tried, and whether it met the target.</summary>
/// <param name="Seed">The sitting's paper seed.</param>
/// <param name="Statistics">Exposure of the seed's papers.</param>
/// <param name="Tries">Which draw gave this seed (from 1); the number of seeds tried when it is the first to meet the target.</param>
/// <param name="MeetsTarget">Whether the seed met the target (false only when every try missed; then it is the best one).</param>
public sealed record SeedChoice(ulong Seed, ExposureStatistics Statistics, int Tries, bool MeetsTarget);
