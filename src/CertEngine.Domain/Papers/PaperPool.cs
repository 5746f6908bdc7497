using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Papers;

/// <summary>
/// The items one blueprint cell draws of one type, laid out for exposure-balanced drawing.
/// </summary>
/// <remarks>
/// <para>Layout. The pool's 鉴定点 (elements) are ordered by item count (most first), then tag (X, Y, Z), then id;
/// runs of equal count and tag form groups. Row ℓ holds one item of every element that has more than ℓ items, so
/// row ℓ + 1's elements are a prefix of row ℓ's. Reading rows one after another gives the layout's P cells. A
/// shuffled layout permutes the elements inside each group (one order for every row) and the item of each element
/// in each row, with keyed bijections, so any cell is computed on its own. A run of k cells inside rows of at least k
/// elements holds k distinct 鉴定点, since consecutive rows keep one element order.</para>
/// <para>Rounds. Seats are dealt in rounds of m = ⌊P ÷ k⌋ seats (k = items one paper draws): round r = seat ÷ m,
/// slot j = seat mod m, and the seat takes positions j·k … j·k + k − 1 of the round, where position u is cell
/// (offset + u) mod P. Within a round every item appears once, so its seats are disjoint; the last L = P − m·k
/// positions sit out. Rounds are grouped in epochs that share one shuffled layout (see <see cref="EpochLength"/>),
/// which rotates the sitting-out cells so exposure stays within one draw per epoch.</para>
/// <para>Neighbours. Where a new layout starts (a new epoch), its first window is made disjoint from the previous
/// round's last window by swapping each shared item with an item of the same element (else any item) from the
/// round's middle windows or unused tail, never from its last window, so the fix only depends on the previous
/// round's own layout and no seat needs more than its neighbours' rounds. That always succeeds when P ≥ 3k.</para>
/// </remarks>
internal sealed class PaperPool
{
    /// <summary>A round's arrangement: the key of its epoch's shuffled layout and where the round starts in it.</summary>
    internal readonly record struct RoundLayout(ulong Key, int Offset);

    private readonly int[] _elementStart;   // per element slot: first index into _items
    private readonly int[] _elementCount;   // per element slot: how many items
    private readonly int[] _items;          // plan item indices, grouped by element slot, each group ordered by id
    private readonly int[] _rowStart;       // row ℓ covers positions [_rowStart[ℓ], _rowStart[ℓ + 1])
    private readonly int[] _groupOf;        // per row-order index: its group
    private readonly int[] _groupStart;     // per group: first row-order index
    private readonly int[] _groupSize;

    public PaperPool(int index, string cellNodeId, ItemType type, int draw, IReadOnlyList<IReadOnlyList<int>> elements, IReadOnlyList<int> groupSizes)
    {
        Index = index;
        CellNodeId = cellNodeId;
        Type = type;
        Draw = draw;
        _elementStart = new int[elements.Count];
        _elementCount = new int[elements.Count];
        var items = new List<int>();
        for (var e = 0; e < elements.Count; e++)
        {
            _elementStart[e] = items.Count;
            _elementCount[e] = elements[e].Count;
            items.AddRange(elements[e]);
        }

        _items = items.ToArray();
        Size = _items.Length;
        SeatsPerRound = Math.Max(1, Size / Math.Max(1, draw));

        var rows = elements.Count == 0 ? 0 : _elementCount[0];
        _rowStart = new int[rows + 1];
        for (var row = 0; row < rows; row++)
        {
            _rowStart[row + 1] = _rowStart[row] + _elementCount.Count(c => c > row);
        }

        _groupOf = new int[elements.Count];
        _groupStart = new int[groupSizes.Count];
        _groupSize = groupSizes.ToArray();
        var at = 0;
        for (var g = 0; g < groupSizes.Count; g++)
        {
            _groupStart[g] = at;
            for (var i = 0; i < groupSizes[g]; i++)
            {
                _groupOf[at++] = g;
            }
        }
    }

    /// <summary>Position of the pool in the plan's drawing order.</summary>
    public int Index { get; }

    public string CellNodeId { get; }

    public ItemType Type { get; }

    /// <summary>k: items one paper draws from this pool.</summary>
    public int Draw { get; }

    /// <summary>P: items in the pool.</summary>
    public int Size { get; }

    /// <summary>m = ⌊P ÷ k⌋: seats dealt per round.</summary>
    public int SeatsPerRound { get; }

    /// <summary>Every item of the pool (plan item indices).</summary>
    public ReadOnlySpan<int> Items => _items;

    /// <summary>
    /// Rounds per epoch. The rounds of an epoch share one shuffled layout, each starting m·k positions after the one
    /// before (that is L = P − m·k positions back): the positions that sit out a round move back by L each time, so
    /// each item sits out at most once per epoch, and each round's first window starts right after the previous
    /// round's last window, so those two seats share nothing. With nothing sitting out (L = 0) a shared layout would
    /// repeat the same papers, so each round gets a fresh layout (and the neighbour swap), except when m = 2: then the
    /// only way to keep every neighbour apart is to alternate the same two halves, and the whole session is one epoch.
    /// </summary>
    public int EpochLength
    {
        get
        {
            var left = Size - (SeatsPerRound * Draw);
            return SeatsPerRound < 2 ? 1 : left > 0 ? Size / left : SeatsPerRound == 2 ? int.MaxValue : 1;
        }
    }

    /// <summary>One round's arrangement of this pool in a session.</summary>
    public RoundLayout Round(ulong sessionSeed, int round)
    {
        var epoch = round / EpochLength;
        var key = SplitMix64.Derive(SplitMix64.Derive(sessionSeed, (ulong)Index), (ulong)epoch);
        var start = (long)Math.BigMul(SplitMix64.Mix(key), (ulong)Size, out _);
        var offset = (start + ((long)(round % EpochLength) * SeatsPerRound * Draw)) % Size;
        return new RoundLayout(key, (int)offset);
    }

    /// <summary>The plan item at a position of a round's arrangement, before any neighbour swap.</summary>
    public int RawAt(RoundLayout round, int position)
    {
        var cell = Cell(round, position);
        var row = RowOf(cell);
        var order = cell - _rowStart[row];
        var element = ElementAt(round.Key, order);
        var pick = new KeyedPermutation(_elementCount[element], SplitMix64.Derive(round.Key, (ulong)(2 * element + 1))).Map(row);
        return _items[_elementStart[element] + pick];
    }

    /// <summary>
    /// The swaps (pairs of positions) that keep round <paramref name="round"/>'s first window clear of round
    /// <paramref name="round"/> − 1's last window; empty for round 0 or when a round has one seat.
    /// </summary>
    /// <param name="scratch">A clear set, left clear.</param>
    public int[] NeighbourSwaps(ulong sessionSeed, int round, ItemSet scratch)
    {
        var m = SeatsPerRound;
        var k = Draw;
        if (round == 0 || m < 2 || round % EpochLength != 0)
        {
            return [];
        }

        var previous = Round(sessionSeed, round - 1);
        Span<int> last = k <= 256 ? stackalloc int[k] : new int[k];
        for (var p = 0; p < k; p++)
        {
            last[p] = RawAt(previous, ((m - 1) * k) + p);
            scratch.Add(last[p]);
        }

        var key = Round(sessionSeed, round);
        List<int>? swaps = null;
        for (var p = 0; p < k; p++)
        {
            if (!scratch.Contains(RawAt(key, p)))
            {
                continue;
            }

            var target = SwapTarget(key, p, swaps, scratch);
            if (target >= 0)
            {
                (swaps ??= []).Add(p);
                swaps.Add(target);
            }
        }

        foreach (var item in last)
        {
            scratch.Remove(item);
        }

        return swaps?.ToArray() ?? [];
    }

    /// <summary>The plan item at a position once the round's swaps are applied.</summary>
    public int At(RoundLayout round, int[] swaps, int position)
    {
        for (var i = 0; i < swaps.Length; i++)
        {
            if (swaps[i] == position)
            {
                return RawAt(round, swaps[i ^ 1]);
            }
        }

        return RawAt(round, position);
    }

    /// <summary>Whether a position may take a swapped item: not the first or last window of a round.</summary>
    private bool MayReceiveSwap(int position)
    {
        var k = Draw;
        var m = SeatsPerRound;
        return (position >= k && position < (m - 1) * k) || position >= m * k;
    }

    private int SwapTarget(RoundLayout key, int position, List<int>? taken, ItemSet avoid)
    {
        var cell = Cell(key, position);
        var row = RowOf(cell);
        var order = cell - _rowStart[row];
        var element = ElementAt(key.Key, order);
        for (var other = 0; other < _elementCount[element]; other++)
        {
            var candidate = Position(key, _rowStart[other] + order);
            if (other != row && Fits(candidate))
            {
                return candidate;
            }
        }

        for (var candidate = Draw; candidate < Size; candidate++)
        {
            if (Fits(candidate))
            {
                return candidate;
            }
        }

        return -1;

        bool Fits(int candidate) =>
            MayReceiveSwap(candidate) && (taken is null || !taken.Contains(candidate)) && !avoid.Contains(RawAt(key, candidate));
    }

    private int Cell(RoundLayout round, int position)
    {
        var cell = position + round.Offset;
        return cell >= Size ? cell - Size : cell;
    }

    private int Position(RoundLayout round, int cell)
    {
        var position = cell - round.Offset;
        return position < 0 ? position + Size : position;
    }

    private int ElementAt(ulong roundKey, int order)
    {
        var group = _groupOf[order];
        var start = _groupStart[group];
        return start + new KeyedPermutation(_groupSize[group], SplitMix64.Derive(roundKey, (ulong)(2 * group))).Map(order - start);
    }

    private int RowOf(int position)
    {
        var low = 0;
        var high = _rowStart.Length - 2;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_rowStart[mid] <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
