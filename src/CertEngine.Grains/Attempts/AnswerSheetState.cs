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

    /// <summary>Per question index answered at some point: when first and last saved and how often changed (empty in sheets stored before December 2026).</summary>
    [Id(1)] public Dictionary<int, AnswerTraceState> Traces { get; set; } = [];

    /// <summary>The page's contact with the running attempt: disconnections (empty in sheets stored before December 2026).</summary>
    [Id(2)] public ContactState Contact { get; set; } = new();

    /// <summary>
    /// Records the candidate's choices (display labels as the browser sent them) for the question at
    /// <paramref name="index"/> at <paramref name="now"/>; an empty choice clears it. False, and nothing changed, when the
    /// choices do not fit it. The question's trace keeps when it was first and last answered and how often changed.
    /// </summary>
    public bool Record(int index, PaperQuestion question, IReadOnlyList<string> choices, DateTimeOffset now)
    {
        if (DisplayLabels.ToStoredAnswer(question, choices) is not { } stored)
        {
            return false;
        }

        Contact.LastSavedAt = now;
        var before = Answers.GetValueOrDefault(index);
        if (before is null ? stored.Count > 0 : !before.SequenceEqual(stored, StringComparer.Ordinal))
        {
            Trace(index, before is not null, now);
        }

        if (stored.Count == 0)
        {
            Answers.Remove(index);
        }
        else
        {
            Answers[index] = SharedPaperParts.Labels(stored);
        }

        return true;
    }

    private void Trace(int index, bool changed, DateTimeOffset now)
    {
        if (!Traces.TryGetValue(index, out var trace))
        {
            trace = new AnswerTraceState { FirstAt = now };
            Traces[index] = trace;
        }

        trace.LastAt = now;
        trace.Changes += changed ? 1 : 0;
    }
}
