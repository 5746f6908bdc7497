using System.Security.Cryptography;

namespace CertEngine.Grains;

/// <summary>Seeds from the operating system's cryptographic generator, so no one can predict a sitting's papers.</summary>
public sealed class CryptographicSeedSource : ISeedSource
{
    /// <inheritdoc />
    public ulong NextSeed()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes);
    }
}
