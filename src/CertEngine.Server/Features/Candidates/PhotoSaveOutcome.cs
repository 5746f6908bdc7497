namespace CertEngine.Server.Features.Candidates;

/// <summary>What became of a photo staff uploaded for a candidate.</summary>
public abstract record PhotoSaveOutcome
{
    private PhotoSaveOutcome()
    {
    }

    /// <summary>Stored as the candidate's photo (and audited).</summary>
    /// <param name="Sha256">The stored photo's SHA-256.</param>
    /// <param name="Replaced">Whether it replaced an earlier photo.</param>
    public sealed record Saved(string Sha256, bool Replaced) : PhotoSaveOutcome;

    /// <summary>Nobody is registered under that ID number; nothing stored.</summary>
    public sealed record NoSuchCandidate : PhotoSaveOutcome;

    /// <summary>The picture was not taken; nothing stored.</summary>
    public sealed record Refused(PhotoRefusal Reason) : PhotoSaveOutcome;
}
