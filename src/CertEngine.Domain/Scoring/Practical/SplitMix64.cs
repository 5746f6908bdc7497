namespace CertEngine.Domain.Scoring;

/// <summary>
/// A small, seeded pseudo-random sequence (SplitMix64, Steele, Lea and Flood 2014), so a draw depends on its seed
/// alone and never on the runtime's <see cref="Random"/> implementation.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 pseudo-random bits.</summary>
    public ulong Next()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A value from 0 (inclusive) to <paramref name="bound"/> (exclusive), without modulo bias.</summary>
    public int NextBelow(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1);
        var range = (ulong)bound;
        // Reject the top sliver of the 64-bit range that does not divide evenly into the bound.
        var limit = ulong.MaxValue - (ulong.MaxValue % range);
        ulong value;
        do
        {
            value = Next();
        }
        while (value >= limit);

        return (int)(value % range);
    }
}
