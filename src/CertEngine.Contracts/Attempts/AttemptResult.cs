namespace CertEngine.Contracts.Attempts;

/// <summary>A submitted theory attempt's outcome: score out of 100, pass mark, when and how it was submitted.</summary>
[GenerateSerializer, Immutable, Alias("certengine.AttemptResult")]
public sealed record AttemptResult(
    [property: Id(0)] decimal Score,
    [property: Id(1)] decimal PassMark,
    [property: Id(2)] DateTimeOffset SubmittedAt,
    [property: Id(3)] string SubmittedBy,
    [property: Id(4)] int Answered,
    [property: Id(5)] int Questions)
{
    /// <summary>Whether the part passed (60 itself passes).</summary>
    public bool Passed => Score >= PassMark;
}
