using System.Collections.Concurrent;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// Lets the papers and answer sheets in memory share what thousands of them hold alike. Every question of a paper names an
/// item id, a blueprint cell and an option order (one of the few permutations of "A"–"E"), and every answer is one of a few
/// label lists; a state read back from storage holds its own copy of each, about six small objects per question. Shared,
/// a paper of 100 questions keeps its 100 question objects and little else (issue 18: memory per active attempt).
/// </summary>
/// <remarks>
/// The shared lists are never changed in place: the states replace a question's option order or an answer, they never edit
/// one. Item ids, cells and labels are interned: they come from published banks, so there are as many as the banks hold.
/// The label lists are kept up to <see cref="MaxLists"/>; beyond it (never with well-formed banks: 325 lists of up to five
/// distinct labels in order) a list is simply not shared.
/// </remarks>
internal static class SharedPaperParts
{
    /// <summary>The most label lists kept: every ordered selection of up to five of "A"–"E" is 325.</summary>
    public const int MaxLists = 1024;

    private static readonly ConcurrentDictionary<string, List<string>> Lists = new(StringComparer.Ordinal);

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

    /// <summary>Replaces every question's id, cell and option order, and every saved answer, with the shared instances.</summary>
    public static void Share(List<QuestionState> questions, AnswerSheetState sheet)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(sheet);
        foreach (var question in questions)
        {
            question.ItemId = string.Intern(question.ItemId);
            question.Cell = string.Intern(question.Cell);
            question.LegacyType = string.Intern(question.LegacyType);
            question.OptionOrder = Labels(question.OptionOrder);
        }

        foreach (var index in sheet.Answers.Keys.ToList())
        {
            sheet.Answers[index] = Labels(sheet.Answers[index]);
        }
    }
}
