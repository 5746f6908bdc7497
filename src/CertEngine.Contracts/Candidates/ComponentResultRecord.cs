namespace CertEngine.Contracts.Candidates;

/// <summary>One component result (百分制, never a total), kept by the candidate for a track.</summary>
[GenerateSerializer, Immutable, Alias("certengine.ComponentResultRecord")]
public sealed record ComponentResultRecord(
    [property: Id(0)] string TrackKey,
    [property: Id(1)] ExamComponent Component,
    [property: Id(2)] decimal Score,
    [property: Id(3)] decimal PassMark,
    [property: Id(4)] DateOnly SatOn,
    [property: Id(5)] string SessionId,
    [property: Id(6)] bool Void)
{
    /// <summary>Whether the part passed: not void and at or above the pass mark (60 itself passes).</summary>
    public bool Passed => !Void && Score >= PassMark;
}
