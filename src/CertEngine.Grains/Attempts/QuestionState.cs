namespace CertEngine.Grains.Attempts;

/// <summary>One stored question of a paper: item id and version, type, points, blueprint cell and the shown option order.</summary>
[GenerateSerializer, Alias("certengine.QuestionState")]
public sealed class QuestionState
{
    /// <summary>The item id.</summary>
    [Id(0)] public string ItemId { get; set; } = "";

    /// <summary>The item version the paper pinned.</summary>
    [Id(1)] public int ItemVersion { get; set; }

    /// <summary>single, multiple or judge.</summary>
    [Id(2)] public string Type { get; set; } = "";

    /// <summary>Points of the question.</summary>
    [Id(3)] public decimal Points { get; set; }

    /// <summary>The blueprint cell (syllabus node) it was drawn for.</summary>
    [Id(4)] public string Cell { get; set; } = "";

    /// <summary>The stored option labels in the order shown (display A first); empty for judge items.</summary>
    [Id(5)] public List<string> OptionOrder { get; set; } = [];
}
