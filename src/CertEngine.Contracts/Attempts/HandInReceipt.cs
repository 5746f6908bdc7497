namespace CertEngine.Contracts.Attempts;

/// <summary>
/// What the candidate's screen shows once the paper is handed in (交卷回执): when, how many questions were answered of how
/// many, and a reference the centre can find in the hand-in's audit line. No score: results are published later.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.HandInReceipt")]
public sealed record HandInReceipt(
    [property: Id(0)] DateTimeOffset SubmittedAt,
    [property: Id(1)] int Answered,
    [property: Id(2)] int Questions,
    [property: Id(3)] string Reference);
