using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Papers;

/// <summary>
/// Maps the option labels a candidate sees ("A", "B" … by display position) to the item's stored labels and back,
/// through <see cref="PaperQuestion.OptionOrder"/>. The browser sends display labels; answers are stored and graded
/// in stored labels. 判断 items are not shuffled: their answers are <c>true</c> or <c>false</c> both ways.
/// </summary>
public static class DisplayLabels
{
    /// <summary>The 判断 answer meaning 正确.</summary>
    public const string True = "true";

    /// <summary>The 判断 answer meaning 错误.</summary>
    public const string False = "false";

    /// <summary>The label shown at a display position: 0 → "A", 1 → "B" … 25 → "Z".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Position outside 0 … 25.</exception>
    public static string ForPosition(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, 25);
        return ((char)('A' + position)).ToString();
    }

    /// <summary>The stored label behind a display label, or null when the question shows no such label.</summary>
    public static string? ToStored(PaperQuestion question, string displayLabel)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(displayLabel);
        if (question.Type == ItemType.Judge)
        {
            return displayLabel is True or False ? displayLabel : null;
        }

        var position = displayLabel.Length == 1 ? displayLabel[0] - 'A' : -1;
        return position >= 0 && position < question.OptionOrder.Count ? question.OptionOrder[position] : null;
    }

    /// <summary>The display label of a stored label, or null when the item has no such option.</summary>
    public static string? ToDisplay(PaperQuestion question, string storedLabel)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(storedLabel);
        if (question.Type == ItemType.Judge)
        {
            return storedLabel is True or False ? storedLabel : null;
        }

        for (var position = 0; position < question.OptionOrder.Count; position++)
        {
            if (question.OptionOrder[position] == storedLabel)
            {
                return ForPosition(position);
            }
        }

        return null;
    }

    /// <summary>Maps a candidate's chosen display labels to stored labels, or null when any label is not shown.</summary>
    public static IReadOnlyList<string>? ToStored(PaperQuestion question, IReadOnlyList<string> displayLabels)
    {
        ArgumentNullException.ThrowIfNull(displayLabels);
        var stored = new string[displayLabels.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            if (ToStored(question, displayLabels[i]) is not { } label)
            {
                return null;
            }

            stored[i] = label;
        }

        return stored;
    }

    /// <summary>
    /// A candidate's answer as sent by the browser (display labels, any case, blanks and repeats allowed) as stored labels:
    /// trimmed, upper-cased (lower-cased for 判断), without repeats; <see langword="null"/> when a label is not shown or a
    /// question that takes one answer gets more. An empty list clears the answer.
    /// </summary>
    public static IReadOnlyList<string>? ToStoredAnswer(PaperQuestion question, IReadOnlyList<string> choices)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(choices);
        var distinct = choices.Select(c => c.Trim()).Where(c => c.Length > 0)
            .Select(c => question.Type == ItemType.Judge ? c.ToLowerInvariant() : c.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).ToList();
        return question.Type != ItemType.Multiple && distinct.Count > 1 ? null : ToStored(question, distinct);
    }
}
