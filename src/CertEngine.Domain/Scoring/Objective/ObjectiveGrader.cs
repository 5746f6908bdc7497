using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Scoring;

/// <summary>
/// Grades the objective questions of a theory paper on the server (RULES.md §6: keys never leave it).
/// </summary>
/// <remarks>
/// Answers map a question's 0-based index on the paper to the chosen stored option labels; a missing index or an
/// empty list is unanswered and scores 0. 单选 and 判断 score full points only when exactly the key is chosen (判断
/// answers may be <c>true</c>/<c>false</c> or the stored label). 多选 follows <see cref="MultipleChoicePolicy"/>:
/// AllOrNothing needs exactly the keyed set; PartialCredit gives points × (keyed labels chosen ÷ keyed labels) when
/// no wrong label is chosen and 0 otherwise, as an exact decimal (no rounding here). Repeated labels count once.
/// </remarks>
public static class ObjectiveGrader
{
    /// <summary>Grades a paper with the keys of the bank version it was drawn from.</summary>
    /// <exception cref="ArgumentException">The bank does not hold the paper's pinned items, or an answer index is not on the paper.</exception>
    public static PaperGrade Grade(Paper paper, Bank bank, IReadOnlyDictionary<int, IReadOnlyList<string>> answers, MultipleChoicePolicy policy) =>
        Grade(AnswerKey.For(paper, bank), answers, policy);

    /// <summary>Grades a paper with precomputed keys (the hot path).</summary>
    /// <exception cref="ArgumentException">An answer index is not on the paper.</exception>
    public static PaperGrade Grade(AnswerKey key, IReadOnlyDictionary<int, IReadOnlyList<string>> answers, MultipleChoicePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(answers);
        var questions = key.Paper.Questions;
        foreach (var index in answers.Keys)
        {
            if (index < 0 || index >= questions.Count)
            {
                throw new ArgumentException($"answer for question {index}, the paper has {questions.Count}", nameof(answers));
            }
        }

        var grades = new QuestionGrade[questions.Count];
        var score = 0m;
        var max = 0m;
        for (var i = 0; i < grades.Length; i++)
        {
            var entry = key[i];
            var awarded = answers.TryGetValue(i, out var chosen) ? Award(entry, chosen, policy) : 0m;
            grades[i] = new QuestionGrade(i, entry.ItemId, awarded, entry.Points);
            score += awarded;
            max += entry.Points;
        }

        return new PaperGrade(score, max, grades);
    }

    private static decimal Award(AnswerKey.Entry entry, IReadOnlyList<string> chosen, MultipleChoicePolicy policy)
    {
        if (chosen.Count == 0 || entry.Key.Length == 0)
        {
            return 0m;
        }

        var right = 0;
        var wrong = false;
        for (var i = 0; i < chosen.Count; i++)
        {
            var label = entry.Stored(chosen[i]);
            if (IndexOf(chosen, label, i, entry) >= 0)
            {
                continue;   // a repeated label counts once
            }

            if (Array.IndexOf(entry.Key, label) >= 0)
            {
                right++;
            }
            else
            {
                wrong = true;
            }
        }

        if (wrong)
        {
            return 0m;
        }

        if (right == entry.Key.Length)
        {
            return entry.Points;
        }

        return entry.Type == ItemType.Multiple && policy == MultipleChoicePolicy.PartialCredit
            ? entry.Points * right / entry.Key.Length
            : 0m;
    }

    /// <summary>Where a stored label was already chosen before position <paramref name="before"/>, or −1.</summary>
    private static int IndexOf(IReadOnlyList<string> chosen, string label, int before, AnswerKey.Entry entry)
    {
        for (var j = 0; j < before; j++)
        {
            if (entry.Stored(chosen[j]) == label)
            {
                return j;
            }
        }

        return -1;
    }
}
