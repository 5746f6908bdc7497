namespace CertEngine.Domain.Papers;

/// <summary>
/// A keyed bijection on [0, n): a four-round balanced Feistel network on the smallest even number of bits that
/// covers n, with cycle-walking back into range. Position j of a shuffled sequence is found in O(1) expected time
/// without building the whole permutation.
/// </summary>
internal readonly struct KeyedPermutation
{
    private const int Rounds = 4;

    private readonly int _size;
    private readonly int _halfBits;
    private readonly uint _mask;
    private readonly ulong _key;

    /// <param name="size">n ≥ 1: the domain is 0 … n − 1.</param>
    /// <param name="key">Any 64-bit key; a different key gives an independent-looking permutation.</param>
    public KeyedPermutation(int size, ulong key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _size = size;
        var bits = size <= 1 ? 1 : 32 - (int)uint.LeadingZeroCount((uint)(size - 1));
        _halfBits = Math.Max(1, (bits + 1) / 2);
        _mask = (1u << _halfBits) - 1;
        _key = key;
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
        for (var round = 0; round < Rounds; round++)
        {
            var f = (uint)SplitMix64.Mix(_key ^ ((ulong)right << 8) ^ (ulong)round) & _mask;
            (left, right) = (right, left ^ f);
        }

        return (left << _halfBits) | right;
    }
}
