using CertEngine.Domain.Papers;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// The answers of a theory attempt, stored apart from its paper and clock: an answer save then writes only this small
/// record (a few hundred bytes) instead of the whole attempt with its paper, which keeps each durable save cheap.
/// </summary>
[GenerateSerializer, Alias("certengine.AnswerSheetState")]
public sealed class AnswerSheetState
{
    /// <summary>Saved answers by question index, as stored option labels (judge: true/false).</summary>
    [Id(0)] public Dictionary<int, List<string>> Answers { get; set; } = [];

    /// <summary>
    /// Records the candidate's choices (display labels as the browser sent them) for the question at
    /// <paramref name="index"/>; an empty choice clears it. False, and nothing changed, when the choices do not fit it.
    /// </summary>
    public bool Record(int index, PaperQuestion question, IReadOnlyList<string> choices)
    {
        if (DisplayLabels.ToStoredAnswer(question, choices) is not { } stored)
        {
            return false;
        }

        if (stored.Count == 0)
        {
            Answers.Remove(index);
        }
        else
        {
            Answers[index] = [.. stored];
        }

        return true;
    }
}
