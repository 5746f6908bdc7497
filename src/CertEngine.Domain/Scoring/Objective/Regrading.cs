using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Scoring;

/// <summary>
/// 勘误 regrading: when a later bank version corrects an answer key, papers drawn from the earlier version are
/// graded again under the corrected keys and the two scores compared.
/// </summary>
public static class Regrading
{
    /// <summary>Items of <paramref name="from"/> whose key (as a set of stored labels) differs in <paramref name="to"/>, in <paramref name="from"/>'s order.</summary>
    public static IReadOnlyList<KeyCorrection> Corrections(Bank from, Bank to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var corrections = new List<KeyCorrection>();
        foreach (var item in from.Items)
        {
            if (to.FindItem(item.Id) is { } corrected && !item.Key.ToHashSet(StringComparer.Ordinal).SetEquals(corrected.Key))
            {
                corrections.Add(new KeyCorrection(item.Id, item.Version, corrected.Version, item.Key, corrected.Key));
            }
        }

        return corrections;
    }

    /// <summary>Grades a paper under the original and the corrected keys.</summary>
    /// <param name="paper">A paper drawn from <paramref name="original"/>.</param>
    /// <param name="answers">The candidate's stored answers (see <see cref="ObjectiveGrader"/>).</param>
    /// <param name="original">The bank version the paper was drawn from.</param>
    /// <param name="corrected">A later version; an item it no longer holds scores 0 under it.</param>
    /// <param name="policy">The track's 多选 policy, the same for both gradings.</param>
    public static RegradeResult Regrade(Paper paper, IReadOnlyDictionary<int, IReadOnlyList<string>> answers, Bank original, Bank corrected, MultipleChoicePolicy policy)
    {
        var before = ObjectiveGrader.Grade(AnswerKey.For(paper, original), answers, policy);
        var after = ObjectiveGrader.Grade(AnswerKey.ForRevision(paper, corrected), answers, policy);
        var changed = new List<string>();
        for (var i = 0; i < before.Questions.Count; i++)
        {
            if (before.Questions[i].Awarded != after.Questions[i].Awarded)
            {
                changed.Add(before.Questions[i].ItemId);
            }
        }

        return new RegradeResult(before.Score, after.Score, changed);
    }
}
