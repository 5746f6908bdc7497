using System.Text;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Scoring;

/// <summary>
/// Scores a 综合评审 (review: 审阅申报材料 plus 答辩) the way a practical task is scored: the panel members are the
/// assessors. With the bank's review material (review.yaml) each member scores the material's criteria and sees the
/// candidate's drawn 答辩 questions; without it each gives one total from 0 to 100 (RULES.md §2, §7).
/// </summary>
public static class ReviewPanelScoring
{
    /// <summary>The id of the review's one task, with or without material.</summary>
    public const string TaskId = "review";

    /// <summary>The rubric-less "task" a panel scores when the bank has no review material: 100 points, no criteria, no 否决项.</summary>
    public static PracticalTask Task { get; } = new(
        TaskId, 1, "review", "综合评审", 0, 100m, [], "", [], [], new SourceLocation("(综合评审)", 0));

    /// <summary>Combines the panel's <see cref="AssessorSheet.SingleTotal"/> sheets as <see cref="TaskScoring.Combine"/> does.</summary>
    /// <param name="policy">The track's panel policy; its threshold is in points out of 100.</param>
    /// <exception cref="ArgumentException">A sheet is not a single total from 0 to 100, or as for <see cref="TaskScoring.Combine"/>.</exception>
    public static TaskOutcome Combine(IReadOnlyList<AssessorSheet> sheets, PracticalPolicy policy) =>
        TaskScoring.Combine(Task, sheets, policy);

    /// <summary>
    /// The 答辩 questions of one seat: the pool's elements (sorted) in one permutation fixed by the seed, dealt
    /// <see cref="ReviewMaterial.Draw"/> at a time by seat, wrapping round, so a seat never gets two questions of one
    /// element; within an element the seed fixes an order of its questions and seat <c>s</c> takes position <c>s</c>,
    /// wrapping round, so neighbours on the same element hear different questions.
    /// </summary>
    /// <exception cref="ArgumentException">The pool has fewer elements than the draw.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The seat is negative.</exception>
    public static IReadOnlyList<ReviewQuestion> Draw(ReviewMaterial material, ulong seed, int seat)
    {
        ArgumentNullException.ThrowIfNull(material);
        ArgumentOutOfRangeException.ThrowIfNegative(seat);
        var byElement = material.Questions.GroupBy(q => q.ElementId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(q => q.Id, StringComparer.Ordinal).ToArray())
            .ToArray();
        if (byElement.Length < material.Draw)
        {
            throw new ArgumentException($"review {material.Level}: {byElement.Length} elements cannot give {material.Draw} questions", nameof(material));
        }

        new SplitMix64(SplitMix64.Derive(seed, "review")).Shuffle(byElement.AsSpan());
        var asked = new List<ReviewQuestion>(material.Draw);
        var start = (long)seat * material.Draw;
        for (var j = 0; j < material.Draw; j++)
        {
            var questions = byElement[(int)((start + j) % byElement.Length)];
            new SplitMix64(SplitMix64.Derive(seed, "review/" + questions[0].ElementId)).Shuffle(questions.AsSpan());
            asked.Add(questions[seat % questions.Length]);
        }

        return asked;
    }

    /// <summary>
    /// The task the panel scores with the material: its criteria (points and guide), and as instructions the candidate's
    /// questions with their reference points and what the document had to be, for the panel to read beside the sheet.
    /// </summary>
    public static PracticalTask TaskFor(ReviewMaterial material, IReadOnlyList<ReviewQuestion> asked)
    {
        ArgumentNullException.ThrowIfNull(material);
        ArgumentNullException.ThrowIfNull(asked);
        var text = new StringBuilder();
        text.Append("答辩题 (questions to ask)：\n");
        for (var i = 0; i < asked.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(asked[i].Text).Append('（').Append(asked[i].Id).Append("）\n");
            text.Append("   参考要点 (reference points)：").Append(string.Join("；", asked[i].Points)).Append('\n');
        }

        text.Append("申报材料 (the candidate's document)：").Append(string.Join(" / ", material.Summary.Kinds))
            .Append("，不少于 ").Append(material.Summary.MinChars).Append(" 字 (at least ").Append(material.Summary.MinChars).Append(" characters)\n");
        foreach (var requirement in material.Summary.Requirements)
        {
            text.Append("- ").Append(requirement).Append('\n');
        }

        return new PracticalTask(TaskId, 1, "review", "综合评审", material.Minutes, material.Criteria.Sum(c => c.Points), [],
            text.ToString().TrimEnd(), material.Criteria, [], material.Location) { MarkStep = PracticalTask.HalfPoints };
    }
}
