namespace CertEngine.Domain.Tracks;

/// <summary>The result of creating a track from the tracks data and a published bank.</summary>
public abstract record TrackOutcome
{
    private TrackOutcome()
    {
    }

    /// <summary>The track, checked against the bank and the data.</summary>
    public sealed record Created(Track Track) : TrackOutcome;

    /// <summary>No track: why, Chinese first, then English in brackets.</summary>
    public sealed record Refused(string Reason) : TrackOutcome;
}
