namespace CertEngine.Contracts.Tracks;

/// <summary>
/// A certification track as opened: its key, the bank version and track rules version (0 = the shipped file) it is pinned
/// to, components and counts.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.TrackSummary")]
public sealed record TrackSummary(
    [property: Id(0)] string Key,
    [property: Id(1)] string Title,
    [property: Id(2)] string BankId,
    [property: Id(3)] int BankVersion,
    [property: Id(4)] IReadOnlyList<TrackComponentInfo> Components,
    [property: Id(5)] int Enrolled,
    [property: Id(6)] int CertificatesIssued,
    [property: Id(7)] string MultipleChoicePolicy,
    [property: Id(8)] int RulesVersion = 0)
{
    /// <summary>职业名称 as printed on the certificate (成绩公示 shows it).</summary>
    [Id(9)] public string OccupationName { get; init; } = "";

    /// <summary>The level's display form (<c>五级/初级工</c>), or empty for a 专项.</summary>
    [Id(10)] public string LevelDisplay { get; init; } = "";

    /// <summary>The 成绩公示 period in working days before certificates are issued; 0 when the track has 公示 off.</summary>
    [Id(11)] public int PublicityWorkingDays { get; init; }

    /// <summary>逢考必督: whether each sitting's results wait for its signed supervision record (<c>supervision: required</c>).</summary>
    [Id(12)] public bool SupervisionRequired { get; init; }
}
