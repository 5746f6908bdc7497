namespace CertEngine.Domain.Tracks;

/// <summary>Stable names of the checks the tracks loader runs beyond the YAML ones it shares with banks (docs/tracks.md).</summary>
public static class TrackRules
{
    /// <summary>A requirement names no kind, or more than one, or a modifier of another kind.</summary>
    public const string Requirement = "requirement";

    /// <summary>Two files hold settings for the same occupation, or two rule sets for the same level.</summary>
    public const string DuplicateTrackData = "duplicate-track-data";

    /// <summary>A certificate-number pattern is not a valid regular expression.</summary>
    public const string NumberPattern = "number-pattern";
}
