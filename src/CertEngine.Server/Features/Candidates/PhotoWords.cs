using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Candidates;

/// <summary>The words and HTTP answers for photos refused or missing (Chinese first, then English).</summary>
public static class PhotoWords
{
    /// <summary>The ProblemDetails field that names the uploaded file.</summary>
    public const string Field = "file";

    /// <summary>Why <paramref name="reason"/> refuses a picture, in both languages (Chinese first, English in brackets).</summary>
    public static string Of(PhotoRefusal reason) => $"{Chinese(reason)} ({English(reason)})";

    /// <summary>Why <paramref name="reason"/> refuses a picture, in Chinese.</summary>
    public static string Chinese(PhotoRefusal reason) => reason switch
    {
        PhotoRefusal.TooLarge => $"照片文件不能超过 {CandidatePhotoImages.MaxUploadBytes / 1024 / 1024} MB",
        PhotoRefusal.NotAnImage => "不是可读取的 JPEG、PNG 或 WebP 图片",
        PhotoRefusal.TooManyPixels => $"图片尺寸过大（最多 {CandidatePhotoImages.MaxPixels / 1_000_000} 百万像素、边长 {CandidatePhotoImages.MaxSide} 像素）",
        PhotoRefusal.TooSmall => $"图片太小，边长至少 {CandidatePhotoImages.MinSide} 像素",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "unknown photo refusal"),
    };

    /// <summary>Why <paramref name="reason"/> refuses a picture, in English.</summary>
    public static string English(PhotoRefusal reason) => reason switch
    {
        PhotoRefusal.TooLarge => $"a photo file may be at most {CandidatePhotoImages.MaxUploadBytes / 1024 / 1024} MB",
        PhotoRefusal.NotAnImage => "not a readable JPEG, PNG or WebP picture",
        PhotoRefusal.TooManyPixels => $"the picture is too large: at most {CandidatePhotoImages.MaxPixels / 1_000_000} megapixels, {CandidatePhotoImages.MaxSide} px a side",
        PhotoRefusal.TooSmall => $"the picture is too small: at least {CandidatePhotoImages.MinSide} px a side",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "unknown photo refusal"),
    };

    /// <summary>413 for a file too large, 400 naming the file otherwise; nothing was stored.</summary>
    public static ProblemHttpResult Problem(PhotoRefusal reason)
    {
        var words = Of(reason);
        return reason == PhotoRefusal.TooLarge
            ? TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "文件太大 (file too large)", detail: words)
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "照片无法使用 (the photo cannot be used)", detail: words,
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Field] = [words] }, ["code"] = reason.ToString() });
    }

    /// <summary>The 404 of a candidate without a photo.</summary>
    public static ProblemHttpResult NoPhoto() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到 (not found)", detail: "该考生没有照片 (this candidate has no photo)");

    /// <summary>The 404 of an ID number nobody is registered under.</summary>
    public static ProblemHttpResult NoCandidate() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到 (not found)", detail: "没有该考生 (no such candidate)");
}
