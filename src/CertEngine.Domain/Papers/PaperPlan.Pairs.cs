namespace CertEngine.Domain.Papers;

/// <remarks>
/// Enemies are settled by seat pairs. Seats pair up as (2j, 2j + 1) and both seats of a pair work out the same thing
/// from the session seed and j alone: both pairs' windows, then, for every two enemies on one paper, an exchange of
/// one of them (the loser of a coin of the pair, else the other) with an item of the same pool on the partner's
/// paper that fits there: no enemy on either paper and not held by the seat beyond. An exchange keeps every item's
/// count, so enemies cost no exposure, unlike dropping an item and drawing a replacement (each drop and each draw is
/// a coin, and in pools of 30–50 papers per item those coins alone moved an item's count by 15–20 %). Only when no
/// exchange fits is the loser dropped and replaced as before (<see cref="Replacement"/>).
/// </remarks>
public sealed partial class PaperPlan
{
    private const ulong PairSalt = 0x7061697273UL;

    /// <summary>
    /// The items of one seat in pool order: its pair's windows with enemies exchanged between the two papers, then
    /// replacements for items no exchange could place. A replacement keeps off the seat before's final items (worked
    /// out the same way, at most <paramref name="depth"/> pairs back, which only matters when that many pairs in a
    /// row need a replacement), the partner's final items and the windows of the two seats beyond, whose own
    /// replacements in turn keep off this pair. So neighbours stay apart.
    /// </summary>
    private int[] Draw(ulong seed, int seat, int depth)
    {
        var low = seat & ~1;
        var (picks, chosen, dropped) = Settled(seed, low);
        if (dropped)
        {
            Refill(seed, low, picks, chosen, depth);
        }

        return picks[seat - low];
    }

    /// <summary>A pair's two papers with enemies settled, before replacements: a dropped pick is −1.</summary>
    private (int[][] Picks, ItemSet[] Chosen, bool Dropped) Settled(ulong seed, int low)
    {
        var scratch = new ItemSet(_items.Length);
        int[][] picks = [Windows(seed, low, scratch), Windows(seed, low + 1, scratch)];
        ItemSet[] chosen = [SetOf(picks[0]), SetOf(picks[1])];
        return (picks, chosen, Settle(seed, low, picks, chosen));
    }

    private ItemSet SetOf(int[] picks)
    {
        var set = new ItemSet(_items.Length);
        foreach (var item in picks)
        {
            if (item >= 0)
            {
                set.Add(item);
            }
        }

        return set;
    }

    /// <summary>
    /// Removes every enemy pair from the two papers of a pair, by exchange where one fits, else by dropping the
    /// coin's loser (its pick becomes −1). True when something was dropped.
    /// </summary>
    private bool Settle(ulong seed, int low, int[][] picks, ItemSet[] chosen)
    {
        var pairKey = SplitMix64.Derive(seed ^ PairSalt, (ulong)low);
        var dropped = false;
        for (var side = 0; side < 2; side++)
        {
            var own = picks[side];
            for (var i = 0; i < own.Length; i++)
            {
                while (own[i] >= 0 && EnemyOn(own[i], chosen[side]) is var enemy && enemy >= 0)
                {
                    var j = Array.IndexOf(own, enemy);
                    var (first, second) = Loser(own[i], enemy, pairKey) == own[i] ? (i, j) : (j, i);
                    if (!Exchange(seed, low, side, first, picks, chosen) && !Exchange(seed, low, side, second, picks, chosen))
                    {
                        // Only a safe pool is sure to have a replacement; Create refuses a pair with no safe side.
                        var drop = _safe[_poolAt[first]] ? first : second;
                        chosen[side].Remove(own[drop]);
                        own[drop] = -1;
                        dropped = true;
                    }
                }
            }
        }

        return dropped;
    }

    private int EnemyOn(int item, ItemSet chosen)
    {
        foreach (var enemy in _enemies[item])
        {
            if (chosen.Contains(enemy))
            {
                return enemy;
            }
        }

        return -1;
    }

    /// <summary>
    /// Exchanges the pick at <paramref name="at"/> on one side with an item of the same pool on the other side, where
    /// each fits the paper it moves to (not on it, no enemy on it) and is not held by the seats beyond the pair.
    /// </summary>
    private bool Exchange(ulong seed, int low, int side, int at, int[][] picks, ItemSet[] chosen)
    {
        var pool = _pools[_poolAt[at]];
        var other = 1 - side;
        var moving = picks[side][at];
        for (var t = _poolStart[pool.Index]; t < _poolStart[pool.Index] + pool.Draw; t++)
        {
            var coming = picks[other][t];
            if (coming >= 0 && Fits(coming, chosen[side], moving) && Fits(moving, chosen[other], coming)
                && !Beyond(seed, low, side, pool, coming) && !Beyond(seed, low, other, pool, moving))
            {
                picks[side][at] = coming;
                picks[other][t] = moving;
                chosen[side].Remove(moving);
                chosen[side].Add(coming);
                chosen[other].Remove(coming);
                chosen[other].Add(moving);
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="item"/> may join a paper in place of <paramref name="leaving"/>.</summary>
    private bool Fits(int item, ItemSet chosen, int leaving)
    {
        if (chosen.Contains(item))
        {
            return false;
        }

        foreach (var enemy in _enemies[item])
        {
            if (enemy != leaving && chosen.Contains(enemy))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the two seats beyond one side of the pair (before the low seat, after the high seat) may hold
    /// <paramref name="item"/> of <paramref name="pool"/>: their windows, which with their partner's exchanges make up
    /// their papers before replacements. Windows within one round of a pool are disjoint, so only a round boundary
    /// among these four seats needs a look.
    /// </summary>
    private bool Beyond(ulong seed, int low, int side, PaperPool pool, int item)
    {
        if (side == 0 ? low == 0 : low > int.MaxValue - 4)
        {
            return false;
        }

        var (first, last) = side == 0 ? (Math.Max(0, low - 2), low - 1) : (low + 2, low + 3);
        var m = pool.SeatsPerRound;
        if (Math.Min(first, low) / m == Math.Max(last, low + 1) / m)
        {
            return false;
        }

        return PoolWindowHolds(seed, first, pool, item) || (last != first && PoolWindowHolds(seed, last, pool, item));
    }

    private bool PoolWindowHolds(ulong seed, int seat, PaperPool pool, int item)
    {
        var round = seat / pool.SeatsPerRound;
        var layout = pool.Round(seed, round);
        var swaps = pool.NeighbourSwaps(seed, round, new ItemSet(_items.Length));
        var start = seat % pool.SeatsPerRound * pool.Draw;
        for (var p = start; p < start + pool.Draw; p++)
        {
            if (pool.At(layout, swaps, p) == item)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces the dropped picks of the low seat, then of the high seat.</summary>
    private void Refill(ulong seed, int low, int[][] picks, ItemSet[] chosen, int depth)
    {
        for (var side = 0; side < 2; side++)
        {
            if (Array.IndexOf(picks[side], -1) < 0)
            {
                continue;
            }

            var neighbours = new ItemSet(_items.Length);
            AddAll(neighbours, picks[1 - side]);
            if (side == 0 && low > 0)
            {
                AddAll(neighbours, depth > 0 ? Draw(seed, low - 1, depth - 1) : Settled(seed, low - 2).Picks[1]);
            }
            else if (side == 1 && low <= int.MaxValue - 4)
            {
                AddAll(neighbours, Settled(seed, low + 2).Picks[0]);
            }

            var seatKey = SeatKey(seed, low + side);
            foreach (var pool in _pools)
            {
                var picked = picks[side].AsSpan(_poolStart[pool.Index], pool.Draw);
                for (var i = 0; i < picked.Length; i++)
                {
                    if (picked[i] < 0)
                    {
                        picked[i] = Replacement(pool, picked, chosen[side], neighbours, SplitMix64.Derive(seatKey, (ulong)(_poolStart[pool.Index] + i)));
                        chosen[side].Add(picked[i]);
                    }
                }
            }
        }
    }

    private static void AddAll(ItemSet set, int[] items)
    {
        foreach (var item in items)
        {
            if (item >= 0)
            {
                set.Add(item);
            }
        }
    }
}
