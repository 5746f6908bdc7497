using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tracks;

/// <summary>The result of creating a track from the tracks data and a published bank.</summary>
public abstract record TrackOutcome
{
    private TrackOutcome()
    {
    }

    /// <summary>The track, checked against the bank and the data.</summary>
    public sealed record Created(Track Track) : TrackOutcome;

    /// <summary>No track, and why.</summary>
    public sealed record Refused(Refused<CatalogueRefusal> Why) : TrackOutcome
    {
        /// <summary>
        /// The line of the tracks data the refusal is about (the setting that shortens a component, the occupation's file
        /// for a missing rule set), or null when it is about the key or the bank.
        /// </summary>
        public SourceLocation? At { get; init; }
    }
}
