using CertEngine.Domain.QuestionBanks.Lint;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.QuestionBanks.Lint;

/// <summary>The inverted index finds exactly the pairs that comparing every pair would, and fast enough for 5,000 items.</summary>
public sealed class SimilarPairsTests
{
    [Property(MaxTest = 200)]
    public Property Find_AnyTexts_SameAsComparingEveryPair()
    {
        var text = Gen.Elements("洗", "衣", "物", "冷", "水", "手", "晾", "干", "熨", "斗", "温", "度").ListOf().Select(string.Concat);
        return Prop.ForAll(text.ListOf().ToArbitrary(), Gen.Choose(20, 90).ToArbitrary(), (texts, percent) =>
        {
            var pairs = texts.Select(t => LintText.Bigrams(t)).ToList();
            var threshold = percent / 100.0;

            var found = SimilarPairs.Find(pairs, threshold).Select(p => (p.First, p.Second)).ToHashSet();

            var all = SimilarPairs.Find(pairs, 0).ToDictionary(p => (p.First, p.Second), p => p.Similarity);
            var expected = all.Where(p => p.Value >= threshold).Select(p => p.Key).ToHashSet();
            var brute = Enumerable.Range(0, pairs.Count).SelectMany(i => Enumerable.Range(i + 1, pairs.Count - i - 1).Select(j => (i, j)))
                .Where(p => pairs[p.i].Length >= 4 && pairs[p.j].Length >= 4 && LintText.Shared(pairs[p.i], pairs[p.j]) > 0)
                .ToHashSet();
            return (found.SetEquals(expected) && brute.SetEquals(all.Keys)).Label($"found {found.Count}, expected {expected.Count}, brute {brute.Count} vs {all.Count}");
        });
    }

    [Fact]
    public void Find_FiveThousandItemsWithPlantedRestatements_FindsEachPlantedPair()
    {
        var random = new Random(17);
        const string Alphabet = "洗衣物冷水手晾干熨斗温度厨房灶具清洁剂油污抹布家具地板消毒液婴儿奶瓶老人饮食营养蔬菜水果肉类蒸煮炒炖安全用电燃气急救";
        string Sentence() => new(Enumerable.Range(0, 24).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        var texts = Enumerable.Range(0, 5000).Select(_ => Sentence()).ToList();
        for (var i = 0; i < 50; i++)
        {
            texts[4950 + i] = "如前所述" + texts[i * 10];
        }

        var found = SimilarPairs.Find(texts.Select(LintText.Bigrams).ToList(), 0.45);

        Assert.All(Enumerable.Range(0, 50), i => Assert.Contains(found, p => p.First == i * 10 && p.Second == 4950 + i));
        Assert.True(found.Count < 200, $"{found.Count} pairs: random sentences should rarely look alike");
    }
}
