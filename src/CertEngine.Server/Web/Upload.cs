using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Web;

/// <summary>
/// One file uploaded as the <c>file</c> field of a <c>multipart/form-data</c> request, read into memory after its size,
/// name and first bytes are checked. Anything else (another content type, no file, too large, not a zip container) is a
/// 4xx ProblemDetails a person can act on, never a 500.
/// </summary>
/// <param name="FileName">The name the browser sent, without any folder.</param>
/// <param name="Content">The bytes.</param>
public sealed record Upload(string FileName, byte[] Content)
{
    /// <summary>The form field that carries the file.</summary>
    public const string Field = "file";

    /// <summary>Reads the file when it is a zip container (.xlsx and .zip both are) with one of <paramref name="extensions"/> and at most <paramref name="maxBytes"/>.</summary>
    public static async Task<(Upload? File, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, long maxBytes, IReadOnlyList<string> extensions, CancellationToken cancellationToken)
    {
        var allowed = string.Join("、", extensions);
        if (!request.HasFormContentType)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "请以表单上传文件 (upload the file as a form)",
                detail: $"请求应为 multipart/form-data，文件放在 '{Field}' 字段中 (send multipart/form-data with the file in the '{Field}' field)"));
        }

        if (request.ContentLength > maxBytes + 64 * 1024)
        {
            return (null, TooLarge(maxBytes));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // A chunked request has no length to check up front: stop reading past the limit instead.
            limit.MaxRequestBodySize = maxBytes + 64 * 1024;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "上传内容无法读取 (unreadable upload)",
                detail: "表单数据损坏或不完整，请重新上传 (the form data is damaged or incomplete; upload again)"));
        }

        if (form.Files.GetFile(Field) is not { } file || file.Length == 0)
        {
            return (null, Invalid($"请选择要上传的文件（{allowed}） (choose a file to upload)"));
        }

        if (file.Length > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        var name = Path.GetFileName(file.FileName);
        if (!extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return (null, Invalid($"文件类型应为 {allowed}，不是“{name}” (the file must be {allowed})"));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        // .xlsx and .zip are both zip containers: anything else is not the file it claims to be.
        if (content.Length < 4 || content[0] != (byte)'P' || content[1] != (byte)'K' || content[2] != 3 || content[3] != 4)
        {
            return (null, Invalid($"文件内容不是 {allowed} 格式，可能已损坏 (the content is not a {allowed} file)"));
        }

        return (new Upload(name, content), null);
    }

    // A 400 naming the field, shaped like the framework's validation problems ("errors": {"file": [...]}).
    private static ProblemHttpResult Invalid(string message) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
        title: "请求内容有误 (invalid request)", detail: message,
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Field] = [message] } });

    private static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "文件太大 (file too large)", detail: $"文件不能超过 {maxBytes / 1024 / 1024} MB (at most {maxBytes / 1024 / 1024} MB)");
}
