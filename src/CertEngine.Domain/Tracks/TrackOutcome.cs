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

    /// <summary>No track: why, Chinese first, then English in brackets.</summary>
    public sealed record Refused(string Reason) : TrackOutcome
    {
        /// <summary>
        /// The line of the tracks data the refusal is about (the setting that shortens a component, the occupation's file
        /// for a missing rule set), or null when it is about the key or the bank. When set, <see cref="Reason"/> starts
        /// with it only if the reason names it (<c>file:line: …</c>).
        /// </summary>
        public SourceLocation? At { get; init; }
    }
}
