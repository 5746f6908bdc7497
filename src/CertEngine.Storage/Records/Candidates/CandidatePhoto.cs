namespace CertEngine.Storage.Records.Candidates;

/// <summary>A candidate's photo as the record store keeps it (migration 0008): already normalised by the server.</summary>
/// <param name="IdNumber">The candidate's ID number (the key).</param>
/// <param name="Jpeg">The JPEG, at most <see cref="MaxBytes"/> bytes.</param>
/// <param name="Sha256">The JPEG's SHA-256, lower-case hex: names this version of the photo (audit, the console's cache).</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Actor">Who stored it.</param>
/// <param name="At">When it was stored.</param>
public sealed record CandidatePhoto(string IdNumber, byte[] Jpeg, string Sha256, int Width, int Height, string Actor, DateTimeOffset At)
{
    /// <summary>The largest JPEG stored: a normalised 1-inch photo is a few tens of kilobytes.</summary>
    public const int MaxBytes = 1024 * 1024;
}
