namespace CertEngine.Grains;

/// <summary>Where a sitting's paper seed comes from. Production draws from a cryptographic source; tests pass fixed seeds.</summary>
public interface ISeedSource
{
    /// <summary>A fresh 64-bit seed.</summary>
    ulong NextSeed();
}
