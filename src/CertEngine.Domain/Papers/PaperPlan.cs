using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Papers;

/// <summary>
/// The pools of one published bank version × one theory blueprint (组卷方案), checked and laid out once; then any
/// seat's paper is assembled on its own in time proportional to the paper. Immutable, so one plan may be shared by
/// every thread and every attempt of a session.
/// </summary>
/// <remarks>
/// A paper meets the blueprint exactly: each cell draws its count of each item type from the bank items of that type
/// whose 鉴定点 lies under the cell's node and that apply to the blueprint's level and 工种; no item twice; no two
/// enemy items (either listing the other), settled by exchanging one of them with an item of the same pool on the
/// paired seat's paper (see PaperPlan.Pairs.cs), else by a replacement; distinct 鉴定点 within a cell where the pool
/// allows, except that an exchanged or replacing item may repeat a 鉴定点. Items are shuffled
/// within each section (sections keep blueprint order) and options within each 单选/多选 item, from the session seed
/// and the seat. How items are dealt across seats so that exposure stays even and neighbouring seats share nothing
/// is described on the internal pool layout (PaperPool).
/// </remarks>
public sealed partial class PaperPlan
{
    private readonly Item[] _items;
    private readonly int[][] _enemies;
    private readonly int[] _elementOf;
    private readonly bool[] _isCore;
    private readonly ulong[] _itemKeys;
    private readonly string[][] _labels;
    private readonly PaperPool[] _pools;
    private readonly int[] _poolOf;
    private readonly long[] _refill;
    private readonly int _questionCount;
    private readonly int[] _poolStart;      // per pool: its first position in a seat's picks
    private readonly int[] _poolAt;         // per position of a seat's picks: its pool
    private readonly bool[] _safe;          // per pool: can always supply a replacement (PaperPlan.Create)

    /// <summary>How many seats back a replacement looks for the previous seat's final items.</summary>
    private const int NeighbourDepth = 16;

    private PaperPlan(string bankId, int bankVersion, Blueprint blueprint, Item[] items, int[][] enemies, int[] elementOf, bool[] isCore, PaperPool[] pools, bool[] safe)
    {
        _safe = safe;
        BankId = bankId;
        BankVersion = bankVersion;
        Blueprint = blueprint;
        _items = items;
        _enemies = enemies;
        _elementOf = elementOf;
        _isCore = isCore;
        _pools = pools;
        _itemKeys = items.Select(i => SplitMix64.Derive(0, i.Id)).ToArray();
        _labels = items.Select(i => i.Type == ItemType.Judge ? [] : i.Options.Select(o => o.Label).ToArray()).ToArray();
        _questionCount = pools.Sum(p => p.Draw);
        _poolStart = new int[pools.Length];
        _poolAt = new int[_questionCount];
        for (int p = 0, at = 0; p < pools.Length; p++)
        {
            _poolStart[p] = at;
            for (var i = 0; i < pools[p].Draw; i++)
            {
                _poolAt[at++] = p;
            }
        }

        _poolOf = new int[items.Length];
        foreach (var pool in pools)
        {
            foreach (var item in pool.Items)
            {
                _poolOf[item] = pool.Index;
            }
        }

        _refill = RefillWeights();
    }

    /// <summary>The bank (occupation code) papers are drawn from.</summary>
    public string BankId { get; }

    /// <summary>The published bank version papers are drawn from (≥ 1).</summary>
    public int BankVersion { get; }

    /// <summary>The theory blueprint every paper meets.</summary>
    public Blueprint Blueprint { get; }

    /// <summary>The pools in drawing order: cells in blueprint order, types in section order.</summary>
    internal IReadOnlyList<PaperPool> Pools => _pools;

    /// <summary>Assembles the paper of one seat of a session; the same seed and seat always give an equal paper.</summary>
    /// <param name="sessionSeed">The session's seed, stored with every attempt.</param>
    /// <param name="seat">The candidate's seat number, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seat"/> is negative.</exception>
    public Paper Assemble(ulong sessionSeed, int seat)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seat);
        var picks = Draw(sessionSeed, seat, NeighbourDepth);
        return new Paper(BankId, BankVersion, Blueprint.Level, Blueprint.WorkType, sessionSeed, seat, Questions(picks, SeatKey(sessionSeed, seat)));
    }

    private static ulong SeatKey(ulong sessionSeed, int seat) => SplitMix64.Derive(sessionSeed, (ulong)seat);

    /// <summary>Every pool's window for a seat, in pool order, before enemies are dropped.</summary>
    /// <param name="scratch">A clear set, left clear.</param>
    private int[] Windows(ulong seed, int seat, ItemSet scratch)
    {
        var picks = new int[_questionCount];
        var at = 0;
        foreach (var pool in _pools)
        {
            var round = seat / pool.SeatsPerRound;
            var layout = pool.Round(seed, round);
            var swaps = pool.NeighbourSwaps(seed, round, scratch);
            var first = seat % pool.SeatsPerRound * pool.Draw;
            for (var p = first; p < first + pool.Draw; p++)
            {
                picks[at++] = pool.At(layout, swaps, p);
            }
        }

        return picks;
    }

    private PaperQuestion[] Questions(int[] picks, ulong seatKey)
    {
        var questions = new PaperQuestion[_questionCount];
        var at = 0;
        for (var s = 0; s < Blueprint.Sections.Count; s++)
        {
            var section = Blueprint.Sections[s];
            var start = at;
            var offset = 0;
            foreach (var pool in _pools)
            {
                if (pool.Type == section.Type)
                {
                    for (var i = 0; i < pool.Draw; i++)
                    {
                        questions[at++] = Question(picks[offset + i], section.Points, pool.CellNodeId, seatKey);
                    }
                }

                offset += pool.Draw;
            }

            new SplitMix64(SplitMix64.Derive(seatKey, (ulong)s)).Shuffle(questions.AsSpan(start, at - start));
        }

        return questions;
    }

    private PaperQuestion Question(int index, decimal points, string cellNodeId, ulong seatKey)
    {
        var item = _items[index];
        var order = _labels[index];
        if (order.Length > 0)
        {
            order = (string[])order.Clone();
            new SplitMix64(SplitMix64.Derive(seatKey ^ 0x6F7074696F6E73UL, _itemKeys[index])).Shuffle(order.AsSpan());
        }

        return new PaperQuestion(item.Id, item.Version, item.Type, points, cellNodeId, order);
    }

    /// <summary>
    /// Each item's refill weight: how often, per paper drawing its pool, the item is expected to be dropped as an
    /// enemy (the chance that each enemy is on the paper, halved for the coin), divided by the chance that none of its
    /// enemies is on the paper (only then can it come back as a replacement). Replacements are drawn in proportion to
    /// these weights, so, in expectation, an item regains what it loses and no item without enemies is pushed above
    /// the rest. An enemy in the same pool and the same 鉴定点 counts as never present, since a window holds distinct
    /// 鉴定点. Computed once per plan (so in doubles), then held as integers (parts per million) so that drawing a
    /// paper uses integer arithmetic only. Since enemies are first exchanged between paired seats, few items are
    /// dropped at all; the weights then only steer those few replacements.
    /// </summary>
    private long[] RefillWeights()
    {
        var weights = new long[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            var own = _pools[_poolOf[i]];
            var lost = 0d;
            var free = 1d;
            foreach (var enemy in _enemies[i])
            {
                var pool = _pools[_poolOf[enemy]];
                var present = pool.Index != own.Index ? (double)pool.Draw / pool.Size
                    : _elementOf[enemy] == _elementOf[i] ? 0 : (double)(own.Draw - 1) / Math.Max(1, own.Size - 1);
                lost += present / 2;
                free *= 1 - present;
            }

            weights[i] = (long)Math.Round(1_000_000 * lost / Math.Max(free, 0.05));
        }

        return weights;
    }

    /// <summary>Which of two enemies gives way first: a coin of the seat pair's key and the two items.</summary>
    private static int Loser(int a, int b, ulong pairKey)
    {
        var (low, high) = a < b ? (a, b) : (b, a);
        return (SplitMix64.Derive(SplitMix64.Derive(pairKey, (ulong)low), (ulong)high) & 1) == 0 ? low : high;
    }

    /// <summary>
    /// A replacement for a dropped pick, among the pool's eligible items (not drawn, no enemy drawn). First choice:
    /// an item not held by a neighbouring seat (<paramref name="neighbours"/>), drawn with a seat-keyed number in
    /// proportion to its refill weight (see <see cref="RefillWeights"/>), so the exposure dropped enemies lose goes
    /// back to the items that lose it rather than piling onto siblings of one 鉴定点. This puts exposure before
    /// distinct 鉴定点: the refill may repeat a 鉴定点 already on the paper. When no such item has weight (no
    /// eligible item has enemies), the first best of a scan from a keyed start: not held by a neighbour, then a
    /// 鉴定点 new to this pool's picks, then an X 鉴定点. Create's enemy check guarantees some item is eligible.
    /// </summary>
    private int Replacement(PaperPool pool, ReadOnlySpan<int> picked, ItemSet chosen, ItemSet neighbours, ulong key)
    {
        var random = new SplitMix64(key);
        var total = 0L;
        foreach (var item in pool.Items)
        {
            if (!neighbours.Contains(item) && !chosen.Contains(item) && !Blocked(item, chosen))
            {
                total += _refill[item];
            }
        }

        if (total > 0)
        {
            var target = random.NextBelow(total);
            foreach (var item in pool.Items)
            {
                if (!neighbours.Contains(item) && !chosen.Contains(item) && !Blocked(item, chosen))
                {
                    target -= _refill[item];
                    if (target < 0)
                    {
                        return item;
                    }
                }
            }
        }

        const int Perfect = 13;   // neighbour-free (8) + new 鉴定点 (4) + X (1)
        var start = random.NextBelow(pool.Size);
        var best = -1;
        var bestScore = -1;
        for (var t = 0; t < pool.Size && bestScore < Perfect; t++)
        {
            var item = pool.Items[start + t < pool.Size ? start + t : start + t - pool.Size];
            if (chosen.Contains(item) || Blocked(item, chosen))
            {
                continue;
            }

            var score = (neighbours.Contains(item) ? 0 : 8) + (HasElement(picked, _elementOf[item]) ? 0 : 4) + (_isCore[item] ? 1 : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (item, score);
            }
        }

        return best >= 0 ? best : throw new InvalidOperationException($"pool {pool.CellNodeId}/{pool.Type} ran out of items: the plan's enemy check is wrong");
    }

    private bool HasElement(ReadOnlySpan<int> picks, int element)
    {
        foreach (var pick in picks)
        {
            if (pick >= 0 && _elementOf[pick] == element)
            {
                return true;
            }
        }

        return false;
    }

    private bool Blocked(int item, ItemSet chosen)
    {
        foreach (var enemy in _enemies[item])
        {
            if (chosen.Contains(enemy))
            {
                return true;
            }
        }

        return false;
    }
}
