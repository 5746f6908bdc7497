using CertEngine.Domain.Integrity;

namespace CertEngine.Domain.Tests.Integrity;

/// <summary>
/// A generated theory sitting: candidates of varied ability answer single-choice items of varied difficulty (a Rasch
/// model); a wrong answer picks a distractor by the item's own distractor weights, whatever the candidate. Optionally one
/// candidate copies three in four of the wrong answers of a neighbour of average ability.
/// </summary>
internal static class GeneratedSitting
{
    public static IReadOnlyList<CandidateConduct> Build(int seed, int candidates, int items, (int Source, int Copier)? copier)
    {
        var random = new Random(seed);
        var difficulty = Enumerable.Range(0, items).Select(_ => random.NextDouble() * 3 - 1.5).ToArray();
        var weights = Enumerable.Range(0, items).Select(_ => new[] { 0.2 + random.NextDouble(), 0.2 + random.NextDouble(), 0.2 + random.NextDouble() }).ToArray();
        var answers = new string[candidates][];
        for (var c = 0; c < candidates; c++)
        {
            // A source of average ability (about half wrong), so the planted copier has wrong answers to take.
            var ability = random.NextDouble() * 3 - 1;
            ability = copier is { } planted && planted.Source == c + 1 ? 0 : ability;
            answers[c] = new string[items];
            for (var i = 0; i < items; i++)
            {
                var right = random.NextDouble() < 1 / (1 + Math.Exp(difficulty[i] - ability));
                answers[c][i] = right ? "A" : Distractor(weights[i], random.NextDouble());
            }
        }

        if (copier is { } plant)
        {
            // The copier takes three in four of the source's wrong answers (seats are 1-based).
            var (source, copy) = (answers[plant.Source - 1], answers[plant.Copier - 1]);
            for (var i = 0; i < items; i++)
            {
                if (source[i] != "A" && random.NextDouble() < 0.75)
                {
                    copy[i] = source[i];
                }
            }
        }

        return answers.Select((a, c) => new CandidateConduct(c + 1, a.Select((x, i) => new SittingResponse($"item{i}@1", i, 3, x, x == "A", x)).ToList(), null, 0)).ToList();
    }

    private static string Distractor(double[] weights, double u)
    {
        var total = weights.Sum();
        var sum = 0.0;
        string[] labels = ["B", "C", "D"];
        for (var k = 0; k < weights.Length; k++)
        {
            sum += weights[k] / total;
            if (u < sum)
            {
                return labels[k];
            }
        }

        return labels[^1];
    }

    /// <summary>
    /// A sitting where every seat holds its own items (as seat-drawn papers give neighbours) with options shuffled per seat:
    /// what shows on screen is a position. The copier gives, at three in four of the places where the source answered
    /// wrongly, the position the source's screen showed.
    /// </summary>
    public static IReadOnlyList<CandidateConduct> BuildPerSeat(int seed, int candidates, int items, (int Source, int Copier)? copier)
    {
        var random = new Random(seed);
        var papers = new List<List<SittingResponse>>();
        for (var c = 0; c < candidates; c++)
        {
            var ability = copier is { } planted && planted.Source == c + 1 ? 0 : random.NextDouble() * 3 - 1;
            var paper = new List<SittingResponse>();
            for (var i = 0; i < items; i++)
            {
                var keyAt = random.Next(4);
                var right = random.NextDouble() < 1 / (1 + Math.Exp(random.NextDouble() * 3 - 1.5 - ability));
                var at = right ? keyAt : (keyAt + 1 + random.Next(3)) % 4;
                paper.Add(new SittingResponse($"s{c}-item{i}@1", i, 3, right ? "K" : "W" + at, right, ((char)('A' + at)).ToString()));
            }

            papers.Add(paper);
        }

        if (copier is { } plant)
        {
            var (source, copy) = (papers[plant.Source - 1], papers[plant.Copier - 1]);
            for (var i = 0; i < items; i++)
            {
                if (!source[i].Correct && random.NextDouble() < 0.75)
                {
                    // The copier's own key sits at a random position: the copied position is right only by chance.
                    var keyAt = random.Next(4);
                    var at = source[i].Shown[0] - 'A';
                    copy[i] = copy[i] with { Answer = at == keyAt ? "K" : "W" + at, Correct = at == keyAt, Shown = source[i].Shown };
                }
            }
        }

        return papers.Select((p, c) => new CandidateConduct(c + 1, p, null, 0)).ToList();
    }
}
