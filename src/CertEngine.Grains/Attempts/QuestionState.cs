using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// One stored question of a paper: item id and version, type, points, blueprint cell and the shown option order. Never
/// changed once made: papers in memory share equal questions (<see cref="SharedPaperParts"/>).
/// </summary>
[GenerateSerializer, Alias("certengine.QuestionState")]
public sealed class QuestionState
{
    /// <summary>The item id.</summary>
    [Id(0)] public string ItemId { get; init; } = "";

    /// <summary>The item version the paper pinned.</summary>
    [Id(1)] public int ItemVersion { get; init; }

    /// <summary>
    /// single, multiple or judge as text: what releases before December 2026 stored. Read only through
    /// <see cref="AttemptStateViews.Question"/> when <see cref="Kind"/> is missing; never written now.
    /// </summary>
    [Id(2)] public string LegacyType { get; init; } = "";

    /// <summary>The item type (题型); null in a question stored before December 2026 (see <see cref="LegacyType"/>).</summary>
    [Id(6)] public ItemType? Kind { get; init; }

    /// <summary>Points of the question.</summary>
    [Id(3)] public decimal Points { get; init; }

    /// <summary>The blueprint cell (syllabus node) it was drawn for.</summary>
    [Id(4)] public string Cell { get; init; } = "";

    /// <summary>The stored option labels in the order shown (display A first); empty for judge items.</summary>
    [Id(5)] public List<string> OptionOrder { get; init; } = [];
}
