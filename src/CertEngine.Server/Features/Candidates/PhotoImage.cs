namespace CertEngine.Server.Features.Candidates;

/// <summary>What <see cref="CandidatePhotoImages.Normalise"/> made of an uploaded picture.</summary>
public abstract record PhotoImage
{
    private PhotoImage()
    {
    }

    /// <summary>A 1-inch photo: JPEG of <see cref="CandidatePhotoImages.Width"/>×<see cref="CandidatePhotoImages.Height"/>, upright, no metadata.</summary>
    /// <param name="Jpeg">The encoded photo.</param>
    /// <param name="Sha256">Its SHA-256, lower-case hex.</param>
    public sealed record Normalised(byte[] Jpeg, string Sha256) : PhotoImage;

    /// <summary>Not taken, and why.</summary>
    public sealed record Refused(PhotoRefusal Reason) : PhotoImage;
}
