using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// Reads photos from requests, bounded before anything is buffered: one photo as the <c>file</c> field of a form or as
/// the raw body (<c>image/jpeg</c>, <c>image/png</c>, <c>image/webp</c>), or the files of a bulk upload. Whether the
/// bytes are a picture is for <see cref="CandidatePhotoImages"/> to say, not the name or the declared type.
/// </summary>
public static class PhotoUploads
{
    private const long FormOverhead = 64 * 1024;

    /// <summary>The one photo of a request, at most <see cref="CandidatePhotoImages.MaxUploadBytes"/>; or the 4xx that says why not.</summary>
    public static async Task<(byte[]? Photo, ProblemHttpResult? Problem)> ReadOneAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        const long max = CandidatePhotoImages.MaxUploadBytes;
        if (request.ContentLength > max + FormOverhead)
        {
            return (null, PhotoWords.Problem(PhotoRefusal.TooLarge));
        }

        Limit(request, max + FormOverhead);
        if (request.HasFormContentType)
        {
            var (form, problem) = await FormAsync(request, cancellationToken);
            if (form is null)
            {
                return (null, problem);
            }

            if (form.Files.GetFile(PhotoWords.Field) is not { Length: > 0 } file)
            {
                return (null, Invalid("请选择照片文件 (choose a photo file)"));
            }

            if (file.Length > max)
            {
                return (null, PhotoWords.Problem(PhotoRefusal.TooLarge));
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            return (buffer.ToArray(), null);
        }

        if (request.ContentType is not { } type || !type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "请上传图片 (upload a picture)",
                detail: $"请求应为 image/jpeg、image/png、image/webp，或 multipart/form-data 且照片在 '{PhotoWords.Field}' 字段中 (send the picture as the body, or as the '{PhotoWords.Field}' field of a form)"));
        }

        try
        {
            return await ReadBoundedAsync(request.Body, max, cancellationToken) is { } body
                ? (body.Length == 0 ? (null, Invalid("请求中没有照片 (the request holds no photo)")) : (body, null))
                : (null, PhotoWords.Problem(PhotoRefusal.TooLarge));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, PhotoWords.Problem(PhotoRefusal.TooLarge));
        }
    }

    /// <summary>The files of a bulk upload (any field), their bytes in all at most <paramref name="maxBytes"/>; or the 4xx that says why not.</summary>
    public static async Task<(IReadOnlyList<IFormFile>? Files, ProblemHttpResult? Problem)> ReadManyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "请以表单上传文件 (upload the files as a form)",
                detail: $"请求应为 multipart/form-data，文件放在 '{PhotoWords.Field}' 字段中 (send multipart/form-data with the files in the '{PhotoWords.Field}' field)"));
        }

        if (request.ContentLength > maxBytes + FormOverhead)
        {
            return (null, TooLarge(maxBytes));
        }

        Limit(request, maxBytes + FormOverhead);
        var (form, problem) = await FormAsync(request, cancellationToken, maxBytes);
        if (form is null)
        {
            return (null, problem);
        }

        var files = form.Files.Where(f => f.Length > 0).ToList();
        return files.Count == 0 ? (null, Invalid("请选择照片文件或 ZIP 压缩包 (choose photo files or a ZIP archive)")) : (files, null);
    }

    /// <summary>At most <paramref name="max"/> bytes of <paramref name="stream"/>, or null when it holds more (whatever its header claimed).</summary>
    public static async Task<byte[]?> ReadBoundedAsync(Stream stream, long max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static void Limit(HttpRequest request, long bytes)
    {
        // A chunked request has no length to check up front: stop reading past the limit instead.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = bytes;
        }
    }

    private static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> FormAsync(HttpRequest request, CancellationToken cancellationToken, long maxBytes = CandidatePhotoImages.MaxUploadBytes)
    {
        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "上传内容无法读取 (unreadable upload)",
                detail: "表单数据损坏、不完整或文件过多，请重新上传 (the form data is damaged, incomplete or holds too many files; upload again)"));
        }
    }

    private static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "文件太大 (file too large)", detail: $"上传内容不能超过 {maxBytes / 1024 / 1024} MB (at most {maxBytes / 1024 / 1024} MB)");

    private static ProblemHttpResult Invalid(string message) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
        title: "请求内容有误 (invalid request)", detail: message,
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [PhotoWords.Field] = [message] } });
}
