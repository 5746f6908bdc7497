namespace CertEngine.Grains.Practical;

/// <summary>The chief's decision on a task held for adjudication.</summary>
[GenerateSerializer, Alias("certengine.AdjudicationState")]
public sealed class AdjudicationState
{
    /// <summary>The decided score on the task's scale.</summary>
    [Id(0)] public decimal Score { get; set; }

    /// <summary>Why.</summary>
    [Id(1)] public string Reason { get; set; } = "";

    /// <summary>The chief.</summary>
    [Id(2)] public string Chief { get; set; } = "";

    /// <summary>When.</summary>
    [Id(3)] public DateTimeOffset At { get; set; }
}
