namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>
/// Finds every pair of texts whose character-pair sets are similar: the cosine of their pair vectors, each pair weighted
/// by its rarity in the bank (idf = ln(n / texts holding it)), so boilerplate such as 《中国居民膳食指南（2022）》 counts
/// for little and a shared rare pair (圆珠笔, 樟脑) for much. Pairs are found through an inverted index from character pair
/// to texts: the work grows with the texts that share pairs, not with n², so 5,000 items take well under a second.
/// </summary>
internal static class SimilarPairs
{
    /// <summary>Texts shorter than this many character pairs are too short to call a restatement.</summary>
    private const int MinPairs = 4;

    /// <summary>The pairs of texts (i &lt; j) at or above <paramref name="threshold"/>, with their similarity (0–1).</summary>
    public static IReadOnlyList<(int First, int Second, double Similarity)> Find(IReadOnlyList<int[]> texts, double threshold)
    {
        var holding = new Dictionary<int, int>();
        foreach (var pair in texts.Where(t => t.Length >= MinPairs).SelectMany(t => t))
        {
            holding[pair] = holding.GetValueOrDefault(pair) + 1;
        }

        var count = texts.Count(t => t.Length >= MinPairs);
        var weight = holding.ToDictionary(h => h.Key, h => Math.Log((double)(count + 1) / h.Value));
        var norm = texts.Select(t => Math.Sqrt(t.Sum(p => weight.GetValueOrDefault(p) * weight.GetValueOrDefault(p)))).ToArray();
        var postings = new Dictionary<int, List<int>>();
        var shared = new double[texts.Count];
        var touched = new List<int>();
        var found = new List<(int, int, double)>();
        for (var j = 0; j < texts.Count; j++)
        {
            if (texts[j].Length < MinPairs || norm[j] == 0)
            {
                continue;
            }

            foreach (var pair in texts[j])
            {
                if (!postings.TryGetValue(pair, out var list))
                {
                    postings[pair] = list = [];
                }

                var w = weight[pair] * weight[pair];
                foreach (var i in list)
                {
                    if (shared[i] == 0)
                    {
                        touched.Add(i);
                    }

                    shared[i] += w;
                }

                list.Add(j);
            }

            foreach (var i in touched)
            {
                var similarity = shared[i] / (norm[i] * norm[j]);
                if (similarity >= threshold)
                {
                    found.Add((i, j, Math.Min(1, similarity)));
                }

                shared[i] = 0;
            }

            touched.Clear();
        }

        return found;
    }
}
