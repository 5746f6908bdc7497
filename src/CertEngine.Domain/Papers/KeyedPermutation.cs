namespace CertEngine.Domain.Papers;

/// <summary>
/// A keyed bijection on [0, n): a four-round balanced Feistel network on the smallest even number of bits that
/// covers n, with cycle-walking back into range. Position j of a shuffled sequence is found in O(1) expected time
/// without building the whole permutation.
/// </summary>
internal readonly struct KeyedPermutation
{
    private readonly int _size;
    private readonly int _halfBits;
    private readonly uint _mask;
    private readonly ulong _key0;
    private readonly ulong _key1;
    private readonly ulong _key2;
    private readonly ulong _key3;

    /// <param name="size">n ≥ 1: the domain is 0 … n − 1.</param>
    /// <param name="key">Any 64-bit key; a different key gives an independent-looking permutation.</param>
    public KeyedPermutation(int size, ulong key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _size = size;
        var bits = size <= 1 ? 1 : 32 - (int)uint.LeadingZeroCount((uint)(size - 1));
        _halfBits = Math.Max(1, (bits + 1) / 2);
        _mask = (1u << _halfBits) - 1;
        _key0 = SplitMix64.Mix(key);
        _key1 = SplitMix64.Mix(key + 1);
        _key2 = SplitMix64.Mix(key + 2);
        _key3 = SplitMix64.Mix(key + 3);
    }

    /// <summary>The image of <paramref name="index"/> (0 ≤ index &lt; n).</summary>
    public int Map(int index)
    {
        if (_size == 1)
        {
            return 0;
        }

        // Cycle-walking: the network permutes [0, 4^h) with 4^h < 4n, so the walk ends after under four steps on average.
        var x = (uint)index;
        do
        {
            x = Encrypt(x);
        }
        while (x >= (uint)_size);

        return (int)x;
    }

    private uint Encrypt(uint x)
    {
        var left = x >> _halfBits;
        var right = x & _mask;
        (left, right) = (right, left ^ Round(_key0, right));
        (left, right) = (right, left ^ Round(_key1, right));
        (left, right) = (right, left ^ Round(_key2, right));
        (left, right) = (right, left ^ Round(_key3, right));
        return (left << _halfBits) | right;
    }

    /// <summary>The round function: a multiply–xorshift hash of the half block under a round key, high bits kept.</summary>
    private uint Round(ulong key, uint half)
    {
        var z = (key ^ half) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 29)) * 0xBF58476D1CE4E5B9UL;
        return (uint)(z >> 40) & _mask;
    }
}
