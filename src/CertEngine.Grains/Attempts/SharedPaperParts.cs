using System.Collections.Concurrent;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// Lets the papers and answer sheets in memory share what thousands of them hold alike. Papers of a track are drawn from
/// one pool, so the same item in the same option order turns up on many of them: a paper read back from storage held its
/// own question object for each, with its own copies of the item id, cell and option order. Shared, equal questions are
/// one object, so a paper of 100 questions keeps little more than its list of 100 references; and every answer is one of
/// a few label lists (issue 18: memory per active attempt).
/// </summary>
/// <remarks>
/// Nothing shared is changed in place: questions are made once (init-only) and the answer sheet replaces an answer, it
/// never edits one. The tables are bounded: <see cref="MaxLists"/> label lists (never reached with well-formed banks: 325
/// lists of up to five distinct labels in order) and <see cref="MaxQuestions"/> questions (a bank's items times their
/// option orders; a day of one bank of 5,000 items in four options is at most 120,000). Beyond a bound a list or question
/// is simply not shared. Item ids, cells and labels are interned: they come from published banks.
/// </remarks>
internal static class SharedPaperParts
{
    /// <summary>The most label lists kept: every ordered selection of up to five of "A"–"E" is 325.</summary>
    public const int MaxLists = 1024;

    /// <summary>The most questions kept: each costs the table about 130 bytes with its question.</summary>
    public const int MaxQuestions = 262_144;

    private static readonly ConcurrentDictionary<string, List<string>> Lists = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<QuestionState, QuestionState> Questions = new(new SameQuestion());

    /// <summary>The shared list equal to <paramref name="labels"/> (the labels interned), or a copy of its own past the bound.</summary>
    public static List<string> Labels(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var key = string.Join('\u001f', labels);
        if (Lists.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var list = labels.Select(string.Intern).ToList();
        return Lists.Count < MaxLists ? Lists.GetOrAdd(key, list) : list;
    }

    /// <summary>The shared question equal to <paramref name="question"/>, or one of its own past the bound.</summary>
    public static QuestionState Question(QuestionState question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (Questions.TryGetValue(question, out var shared))
        {
            return shared;
        }

        var made = new QuestionState
        {
            ItemId = string.Intern(question.ItemId),
            ItemVersion = question.ItemVersion,
            LegacyType = string.Intern(question.LegacyType),
            Kind = question.Kind,
            Points = question.Points,
            Cell = string.Intern(question.Cell),
            OptionOrder = Labels(question.OptionOrder),
        };
        return Questions.Count < MaxQuestions ? Questions.GetOrAdd(made, made) : made;
    }

    /// <summary>Replaces every question of a paper and every saved answer with the shared instances.</summary>
    public static void Share(List<QuestionState> questions, AnswerSheetState sheet)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(sheet);
        for (var i = 0; i < questions.Count; i++)
        {
            questions[i] = Question(questions[i]);
        }

        foreach (var index in sheet.Answers.Keys.ToList())
        {
            sheet.Answers[index] = Labels(sheet.Answers[index]);
        }
    }

    // Equal as stored: the points with their scale (1 and 1.0 are stored apart), the option order label by label.
    private sealed class SameQuestion : IEqualityComparer<QuestionState>
    {
        public bool Equals(QuestionState? x, QuestionState? y) => ReferenceEquals(x, y) || (x is not null && y is not null
            && string.Equals(x.ItemId, y.ItemId, StringComparison.Ordinal) && x.ItemVersion == y.ItemVersion && x.Kind == y.Kind
            && string.Equals(x.LegacyType, y.LegacyType, StringComparison.Ordinal) && x.Points == y.Points && x.Points.Scale == y.Points.Scale
            && string.Equals(x.Cell, y.Cell, StringComparison.Ordinal) && x.OptionOrder.SequenceEqual(y.OptionOrder, StringComparer.Ordinal));

        public int GetHashCode(QuestionState q)
        {
            var hash = new HashCode();
            hash.Add(q.ItemId, StringComparer.Ordinal);
            hash.Add(q.ItemVersion);
            hash.Add(q.Cell, StringComparer.Ordinal);
            foreach (var label in q.OptionOrder)
            {
                hash.Add(label, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
