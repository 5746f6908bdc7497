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
}
