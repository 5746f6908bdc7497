namespace CertEngine.Grains.Library;

/// <summary>A published bank version as found on disk now: the SHA-256 of its manifest and what no longer matches it.</summary>
/// <param name="BankId">The bank (occupation code).</param>
/// <param name="Version">The published version number.</param>
/// <param name="ManifestSha256">Lower-case hex SHA-256 of <c>manifest.yaml</c>'s bytes, or null when it is missing.</param>
/// <param name="Problems">Each file or item that fails the manifest or the validator; empty when the version is intact.</param>
public sealed record BankPublication(string BankId, int Version, string? ManifestSha256, IReadOnlyList<string> Problems)
{
    /// <summary>True when the files still match their manifest.</summary>
    public bool Intact => Problems.Count == 0 && ManifestSha256 is not null;
}
