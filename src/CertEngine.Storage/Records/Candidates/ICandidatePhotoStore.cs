namespace CertEngine.Storage.Records.Candidates;

/// <summary>
/// Candidates' photos in the record store (migration 0008), one current photo per ID number: what the proctor compares
/// with the face at check-in (人证合一) and what tickets and certificates print. Never in grain state.
/// </summary>
public interface ICandidatePhotoStore
{
    /// <summary>The photo of <paramref name="idNumber"/>, or <see langword="null"/> when there is none.</summary>
    Task<CandidatePhoto?> GetAsync(string idNumber, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="photo"/> as the candidate's photo; returns the SHA-256 of the photo it replaced, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The JPEG is empty or larger than <see cref="CandidatePhoto.MaxBytes"/>.</exception>
    Task<string?> SaveAsync(CandidatePhoto photo, CancellationToken cancellationToken = default);

    /// <summary>Removes the photo of <paramref name="idNumber"/>; returns the SHA-256 of the photo removed, or <see langword="null"/> when there was none.</summary>
    Task<string?> RemoveAsync(string idNumber, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="idNumbers"/> have a photo: ID number → the photo's SHA-256 (at most <see cref="MaxTagLookup"/> numbers are looked at).</summary>
    Task<IReadOnlyDictionary<string, string>> TagsAsync(IReadOnlyCollection<string> idNumbers, CancellationToken cancellationToken = default);

    /// <summary>The most ID numbers one <see cref="TagsAsync"/> looks at (a sitting's roster is at most 5,000).</summary>
    const int MaxTagLookup = 5_000;
}
