namespace CertEngine.Domain.Integrity;

/// <summary>
/// Identical wrong answers of two candidates against chance: error-similarity analysis (Bellezza &amp; Bellezza 1989) with the
/// generalized binomial (Poisson-binomial) tail of van der Linden &amp; Sotaridona (2006). docs/analytics.md states it in full.
/// </summary>
/// <remarks>
/// Only items both candidates answered wrongly count, which conditions on both candidates' ability (two weak candidates
/// share many wrong items without copying; what they should not share is the same wrong option, item after item). For
/// such an item k, c_k is the chance two independent wrong answers coincide: Σ_o π_o², π_o the share of wrong answer o
/// among the sitting's other wrong answers to the item (the pair's own left out), smoothed with ½ per possible wrong
/// answer so an item nobody else got wrong gives uniform shares. Where the two papers hold different items at the same
/// place (seat-drawn papers give neighbours different items), the answers are compared as shown on screen, with
/// c_k = 1 / (wrong answers + 1). The number of identical wrong answers M is then compared with X ~ PoissonBinomial(c_k);
/// the statistic is P(X ≥ M).
/// </remarks>
public static class CopyingStatistic
{
    /// <summary>The pseudo-count added to every possible wrong answer of an item.</summary>
    public const double Smoothing = 0.5;

    /// <summary>Every pair of <paramref name="candidates"/>, neighbours and the rest, each with its statistic and whether it is flagged.</summary>
    public static IReadOnlyList<CopyingPair> Pairs(IReadOnlyList<CandidateConduct> candidates, SignalBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(bounds);
        var wrong = WrongTallies(candidates);
        var papers = candidates.Select(c => c.Responses.GroupBy(r => r.Item, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)).ToList();
        var places = candidates.Select(c => c.Responses.GroupBy(r => r.Position).ToDictionary(g => g.Key, g => g.First())).ToList();
        var raw = new List<(int A, int B, bool Neighbours, int Common, int BothWrong, int Identical, double Expected, double P)>();
        for (var a = 0; a < candidates.Count; a++)
        {
            for (var b = a + 1; b < candidates.Count; b++)
            {
                var (common, both, identical, chances) = Compare(papers[a], papers[b], places[b], wrong);
                var (low, high) = candidates[a].Seat <= candidates[b].Seat ? (candidates[a].Seat, candidates[b].Seat) : (candidates[b].Seat, candidates[a].Seat);
                raw.Add((low, high, high - low <= bounds.NeighbourDistance, common, both, identical, chances.Sum(), PoissonBinomial.UpperTail(chances, identical)));
            }
        }

        var neighbourPairs = raw.Count(r => r.Neighbours);
        var roomPairs = raw.Count - neighbourPairs;
        return raw.Select(r =>
            {
                var threshold = r.Neighbours ? bounds.NeighbourAlpha / Math.Max(1, neighbourPairs) : bounds.RoomAlpha / Math.Max(1, roomPairs);
                return new CopyingPair(r.A, r.B, r.Neighbours, r.Common, r.BothWrong, r.Identical, r.Expected, r.P, threshold,
                    r.Identical >= bounds.MinIdenticalWrong && r.P <= threshold);
            })
            .OrderByDescending(p => p.Neighbours).ThenBy(p => p.PValue).ThenBy(p => p.SeatA).ThenBy(p => p.SeatB)
            .ToList();
    }

    /// <summary>
    /// c_k for one item: the chance that two wrong answers drawn from the shares of <paramref name="others"/> (counts of each
    /// wrong answer given by the other candidates) coincide, with <see cref="Smoothing"/> per each of <paramref name="wrongKinds"/>
    /// possible wrong answers; 1 when only one wrong answer is possible.
    /// </summary>
    public static double MatchChance(IReadOnlyDictionary<string, int> others, int wrongKinds)
    {
        ArgumentNullException.ThrowIfNull(others);
        var kinds = Math.Max(wrongKinds, others.Count(o => o.Value > 0));
        if (kinds <= 1)
        {
            return 1;
        }

        var total = others.Values.Sum() + Smoothing * kinds;
        var seen = others.Where(o => o.Value > 0).ToList();
        var sum = seen.Sum(o => Math.Pow((o.Value + Smoothing) / total, 2));
        return Math.Clamp(sum + (kinds - seen.Count) * Math.Pow(Smoothing / total, 2), 0, 1);
    }

    private static Dictionary<string, WrongTally> WrongTallies(IReadOnlyList<CandidateConduct> candidates)
    {
        var tallies = new Dictionary<string, WrongTally>(StringComparer.Ordinal);
        foreach (var response in candidates.SelectMany(c => c.Responses))
        {
            if (!tallies.TryGetValue(response.Item, out var tally))
            {
                tally = new WrongTally(response.WrongKinds);
                tallies[response.Item] = tally;
            }

            if (response.IsWrong)
            {
                tally.Counts[response.Answer] = tally.Counts.GetValueOrDefault(response.Answer) + 1;
            }
        }

        return tallies;
    }

    private static (int Common, int BothWrong, int Identical, List<double> Chances) Compare(
        Dictionary<string, SittingResponse> a, Dictionary<string, SittingResponse> b, Dictionary<int, SittingResponse> byPosition,
        Dictionary<string, WrongTally> wrong)
    {
        var (common, identical) = (0, 0);
        var chances = new List<double>();
        foreach (var (item, mine) in a)
        {
            if (!b.TryGetValue(item, out var theirs))
            {
                continue;
            }

            common++;
            if (!mine.IsWrong || !theirs.IsWrong)
            {
                continue;
            }

            chances.Add(wrong[item].ChanceWithout(mine.Answer, theirs.Answer));
            identical += mine.Answer == theirs.Answer ? 1 : 0;
        }

        // Papers drawn per seat: neighbours mostly hold different items, so what one can copy from the other's screen is
        // the position chosen at the same place on the paper. Where neither item is on the other paper, two wrong answers
        // shown at the same position count as identical, with the chance 1 / (wrong answers + 1) that options shuffled
        // per seat give by themselves.
        foreach (var mine in a.Values)
        {
            if (!byPosition.TryGetValue(mine.Position, out var theirs) || a.ContainsKey(theirs.Item) || b.ContainsKey(mine.Item)
                || !mine.IsWrong || !theirs.IsWrong)
            {
                continue;
            }

            chances.Add(1.0 / (Math.Max(mine.WrongKinds, theirs.WrongKinds) + 1));
            identical += mine.Shown == theirs.Shown ? 1 : 0;
        }

        return (common, chances.Count, identical, chances);
    }

    /// <summary>An item's wrong answers in the sitting, with what <see cref="MatchChance"/> needs to leave any two of them out in O(1).</summary>
    private sealed class WrongTally(int wrongKinds)
    {
        private (int Kinds, double Squares, int Total)? _sums;

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        // Σ over every possible wrong answer of (n_o + ½)², less the two answers' own, divided by the smoothed total squared:
        // exactly MatchChance of the counts without them.
        public double ChanceWithout(string first, string second)
        {
            var (kinds, squares, total) = _sums ??= (Math.Max(wrongKinds, Counts.Count),
                Counts.Values.Sum(n => (n + Smoothing) * (n + Smoothing)) + (Math.Max(wrongKinds, Counts.Count) - Counts.Count) * Smoothing * Smoothing,
                Counts.Values.Sum());
            if (kinds <= 1)
            {
                return 1;
            }

            var (a, b) = (Counts[first], Counts[second]);
            squares -= (a + Smoothing) * (a + Smoothing) + (first == second ? 0 : (b + Smoothing) * (b + Smoothing));
            squares += first == second ? (a - 2 + Smoothing) * (a - 2 + Smoothing) : (a - 1 + Smoothing) * (a - 1 + Smoothing) + (b - 1 + Smoothing) * (b - 1 + Smoothing);
            var smoothed = total - 2 + Smoothing * kinds;
            return Math.Clamp(squares / (smoothed * smoothed), 0, 1);
        }
    }
}
