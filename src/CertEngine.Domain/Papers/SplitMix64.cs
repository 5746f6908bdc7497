namespace CertEngine.Domain.Papers;

/// <summary>
/// A small deterministic pseudo-random source (SplitMix64, Steele, Lea and Flood 2014), written here so that a
/// paper drawn from a seed never changes with the .NET version, unlike <see cref="Random"/>.
/// </summary>
internal struct SplitMix64(ulong state)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state = state;

    /// <summary>The SplitMix64 finaliser: a bijective 64-bit mix, also used to derive keys.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Derives an independent key from a parent key and a value (order matters).</summary>
    public static ulong Derive(ulong parent, ulong value) => Mix(parent + Gamma + Mix(value + Gamma));

    /// <summary>Derives a key from a parent key and a string, through FNV-1a (never <see cref="string.GetHashCode()"/>, which changes per process).</summary>
    public static ulong Derive(ulong parent, string value)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return Derive(parent, hash);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>A number in [0, <paramref name="bound"/>) (upper bound exclusive), by the multiply-high method.</summary>
    public int NextBelow(int bound) => (int)Math.BigMul(Next(), (ulong)bound, out _);

    /// <summary>A number in [0, <paramref name="bound"/>) (upper bound exclusive, bound ≥ 1), by the multiply-high method.</summary>
    public long NextBelow(long bound) => (long)Math.BigMul(Next(), (ulong)bound, out _);

    /// <summary>Fisher–Yates shuffle of a span in place.</summary>
    public void Shuffle<T>(Span<T> values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = NextBelow(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
