namespace CertEngine.Contracts.Tracks;

/// <summary>One component of a track: minutes (≥ the standard's), pass mark out of 100, and for scored parts the assessors and adjudication spread.</summary>
[GenerateSerializer, Immutable, Alias("certengine.TrackComponentInfo")]
public sealed record TrackComponentInfo(
    [property: Id(0)] ExamComponent Component,
    [property: Id(1)] int Minutes,
    [property: Id(2)] decimal PassMark,
    [property: Id(3)] int Assessors,
    [property: Id(4)] decimal AdjudicationThreshold);
