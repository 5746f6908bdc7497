namespace CertEngine.Grains.Practical;

/// <summary>One signed assessor sheet as stored: immutable once signed.</summary>
[GenerateSerializer, Alias("certengine.SheetState")]
public sealed class SheetState
{
    /// <summary>Points per rubric criterion id.</summary>
    [Id(0)] public Dictionary<string, decimal> Awarded { get; set; } = [];

    /// <summary>Indexes of triggered 否决项.</summary>
    [Id(1)] public List<int> Vetoes { get; set; } = [];

    /// <summary>The assessor's remark.</summary>
    [Id(2)] public string? Remark { get; set; }

    /// <summary>When the assessor signed.</summary>
    [Id(3)] public DateTimeOffset SignedAt { get; set; }
}
