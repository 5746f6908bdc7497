namespace CertEngine.Server.Features.Candidates;

/// <summary>Why an uploaded picture is not taken as a candidate's photo; nothing is stored.</summary>
public enum PhotoRefusal
{
    /// <summary>More bytes than <see cref="CandidatePhotoImages.MaxUploadBytes"/>.</summary>
    TooLarge,

    /// <summary>Not a JPEG, PNG or WebP picture, or one that does not decode whole.</summary>
    NotAnImage,

    /// <summary>More pixels than <see cref="CandidatePhotoImages.MaxPixels"/> or a side over <see cref="CandidatePhotoImages.MaxSide"/> (a decompression bomb, or a panorama).</summary>
    TooManyPixels,

    /// <summary>A side shorter than <see cref="CandidatePhotoImages.MinSide"/>: too small to recognise a face.</summary>
    TooSmall,
}
