namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>A bank version ready to be kept for good: its two texts, which are never edited once written.</summary>
/// <param name="BankCode">The occupation code of the bank.</param>
/// <param name="Version">The version number (1-based, one more than the highest earlier version).</param>
/// <param name="BankYaml">The whole bank as <c>bank.yaml</c>.</param>
/// <param name="ManifestYaml">What the version pins, as <c>manifest.yaml</c>.</param>
/// <param name="Items">How many items the version holds.</param>
/// <param name="Tasks">How many practical tasks the version holds.</param>
public sealed record FrozenVersion(string BankCode, int Version, string BankYaml, string ManifestYaml, int Items, int Tasks);
