namespace CertEngine.Domain.Papers;

/// <summary>A set of plan item indices as a bit array, for the few set tests one paper needs.</summary>
internal sealed class ItemSet(int capacity)
{
    private readonly ulong[] _bits = new ulong[(capacity + 63) / 64];

    public void Add(int item) => _bits[item >> 6] |= 1UL << (item & 63);

    public void Remove(int item) => _bits[item >> 6] &= ~(1UL << (item & 63));

    public bool Contains(int item) => (_bits[item >> 6] & (1UL << (item & 63))) != 0;
}
