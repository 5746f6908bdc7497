namespace CertEngine.Grains.Attempts;

/// <summary>One question's answer history, bounded: the first and the last save of an answer and the number of changes.</summary>
[GenerateSerializer, Alias("certengine.AnswerTraceState")]
public sealed class AnswerTraceState
{
    /// <summary>When an answer was first saved.</summary>
    [Id(0)] public DateTimeOffset FirstAt { get; set; }

    /// <summary>When the answer was last saved (given, changed or cleared).</summary>
    [Id(1)] public DateTimeOffset LastAt { get; set; }

    /// <summary>Saves that replaced or cleared an answer already given.</summary>
    [Id(2)] public int Changes { get; set; }
}
