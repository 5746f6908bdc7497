using System.Globalization;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Storage.Records.Candidates;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// Candidates' photos (考生照片, for 人证合一), shared by the candidate pages, the photo endpoints, the proctor console,
/// tickets and certificates: normalised by <see cref="CandidatePhotoImages"/>, kept in the record store
/// (<see cref="ICandidatePhotoStore"/>), every upload, replacement and removal written to the candidate's audit trail.
/// </summary>
public sealed class CandidatePhotos(ICandidatePhotoStore store, CandidatePhotoImages images, IGrainFactory grains, TimeProvider clock)
{
    /// <summary>The audit action of a photo stored or replaced.</summary>
    public const string SavedAction = "candidate.photo";

    /// <summary>The audit action of a photo removed.</summary>
    public const string RemovedAction = "candidate.photo-removed";

    /// <summary>Normalises <paramref name="upload"/> and stores it as the photo of <paramref name="idNumber"/>; a refusal stores nothing.</summary>
    public async Task<PhotoSaveOutcome> SaveAsync(string idNumber, byte[] upload, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Length > CandidatePhotoImages.MaxUploadBytes)
        {
            return new PhotoSaveOutcome.Refused(PhotoRefusal.TooLarge);
        }

        if (await CandidateAsync(idNumber) is not { } candidate)
        {
            return new PhotoSaveOutcome.NoSuchCandidate();
        }

        return await SaveAsync(candidate, upload, actor, cancellationToken);
    }

    /// <summary>Normalises <paramref name="upload"/> and stores it as the photo of <paramref name="candidate"/>; a refusal stores nothing.</summary>
    public async Task<PhotoSaveOutcome> SaveAsync(CandidateSnapshot candidate, byte[] upload, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var image = await images.NormaliseAsync(upload, cancellationToken);
        if (image is PhotoImage.Refused refused)
        {
            return new PhotoSaveOutcome.Refused(refused.Reason);
        }

        var photo = (PhotoImage.Normalised)image;

        var idNumber = candidate.Profile.IdNumber;
        var replaced = await store.SaveAsync(new CandidatePhoto(idNumber, photo.Jpeg, photo.Sha256, CandidatePhotoImages.Width, CandidatePhotoImages.Height,
            actor, clock.GetUtcNow()), cancellationToken);
        var details = replaced is null
            ? string.Create(CultureInfo.InvariantCulture, $"照片已上传 (photo added): {Short(photo.Sha256)}, {photo.Jpeg.Length / 1024 + 1} KB")
            : string.Create(CultureInfo.InvariantCulture, $"照片已更换 (photo replaced): {Short(replaced)} -> {Short(photo.Sha256)}, {photo.Jpeg.Length / 1024 + 1} KB");
        await AuditAsync(candidate, actor, SavedAction, details);
        return new PhotoSaveOutcome.Saved(photo.Sha256, replaced is not null);
    }

    /// <summary>Removes the photo of <paramref name="idNumber"/>; false when the candidate has none (nothing changes).</summary>
    public async Task<bool> RemoveAsync(string idNumber, string actor, CancellationToken cancellationToken)
    {
        if (await CandidateAsync(idNumber) is not { } candidate || await store.RemoveAsync(candidate.Profile.IdNumber, cancellationToken) is not { } removed)
        {
            return false;
        }

        await AuditAsync(candidate, actor, RemovedAction, $"照片已删除 (photo removed): {Short(removed)}");
        return true;
    }

    /// <summary>The photo of <paramref name="idNumber"/>, or null.</summary>
    public Task<CandidatePhoto?> GetAsync(string idNumber, CancellationToken cancellationToken) => store.GetAsync(idNumber, cancellationToken);

    /// <summary>Which of <paramref name="idNumbers"/> have a photo: ID number → a short tag naming the photo's version.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TagsAsync(IReadOnlyCollection<string> idNumbers, CancellationToken cancellationToken) =>
        (await store.TagsAsync(idNumbers, cancellationToken)).ToDictionary(p => p.Key, p => Short(p.Value), StringComparer.Ordinal);

    private async Task<CandidateSnapshot?> CandidateAsync(string idNumber)
    {
        var key = idNumber.Trim().ToUpperInvariant();
        return key.Length == 18 ? await grains.GetGrain<ICandidateGrain>(key).GetAsync() : null;
    }

    private Task AuditAsync(CandidateSnapshot candidate, string actor, string action, string details)
    {
        // The internal id, never the ID number, names the trail (as the candidate grain's own records do).
        var subject = "candidate/" + (candidate.InternalId ?? candidate.Profile.IdNumber);
        return grains.GetGrain<IAuditTrailGrain>(subject).AppendAsync([new AuditRecord(clock.GetUtcNow(), actor, action, subject, "", details)]);
    }

    private static string Short(string sha256) => sha256.Length > 12 ? sha256[..12] : sha256;
}
