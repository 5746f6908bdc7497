using System.Security.Claims;
using CertEngine.Storage.Records.Candidates;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// Candidates' photos (考生照片, for 人证合一), staff only: one candidate's, put, read or removed by ID number, and many
/// at once from files named by ID number. Photos are personal data: every answer carrying one is
/// <c>Cache-Control: private, no-store</c>, and none is ever served to a candidate or the public.
/// </summary>
public static class CandidatePhotoApi
{
    /// <summary>A stored photo: its version (SHA-256), size, and whether it replaced one.</summary>
    public sealed record PhotoStored(string Sha256, int Width, int Height, bool Replaced);

    /// <summary>The length of a candidate's internal id, which <c>PUT …/{idNumber}/photo</c> also accepts for the ID number.</summary>
    private const int InternalIdLength = 32;

    /// <summary>Maps the photo endpoints.</summary>
    public static IEndpointRouteBuilder MapCandidatePhotoApi(this IEndpointRouteBuilder app)
    {
        var candidates = app.MapGroup("/api/candidates").WithTags("Candidates").RequireAuthorization(AccessPolicies.Registrar);
        // Anti-forgery tokens are for our own pages' forms; a page of another origin is refused before this by CrossSiteRequestGate.
        candidates.MapPut("/{idNumber}/photo", PutAsync).DisableAntiforgery()
            .WithDescription("The photo as the body (image/jpeg, image/png, image/webp) or as the 'file' field of multipart/form-data, at most 8 MB; stored as a 295×413 JPEG, centre-cropped to 5:7.");
        candidates.MapGet("/{idNumber}/photo", GetAsync);
        candidates.MapDelete("/{idNumber}/photo", DeleteAsync);
        candidates.MapPost("/photos", ImportAsync).DisableAntiforgery()
            .WithDescription("multipart/form-data with pictures or ZIP archives named by ID number (身份证号.jpg), at most 64 MB in all; a line per file.");
        return app;
    }

    /// <summary>Writes <paramref name="jpeg"/> as a private, never-stored answer.</summary>
    public static FileContentHttpResult Photo(HttpContext http, byte[] jpeg)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(jpeg, "image/jpeg");
    }

    private static async Task<Results<Ok<PhotoStored>, ProblemHttpResult>> PutAsync(
        string idNumber, HttpRequest request, ClaimsPrincipal user, CandidatePhotos photos, ICandidateDirectory directory, CancellationToken cancellationToken)
    {
        var (upload, problem) = await PhotoUploads.ReadOneAsync(request, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        // The candidate's page names them by internal id (no page carries a whole ID number in an attribute).
        if (idNumber.Trim().Length == InternalIdLength)
        {
            if (await directory.IdNumberOfAsync(idNumber.Trim(), cancellationToken) is not { } found)
            {
                return PhotoWords.NoCandidate();
            }

            idNumber = found;
        }

        return await photos.SaveAsync(idNumber, upload, user.Actor(), cancellationToken) switch
        {
            PhotoSaveOutcome.Saved saved => TypedResults.Ok(new PhotoStored(saved.Sha256, CandidatePhotoImages.Width, CandidatePhotoImages.Height, saved.Replaced)),
            PhotoSaveOutcome.Refused refused => PhotoWords.Problem(refused.Reason),
            _ => PhotoWords.NoCandidate(),
        };
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string idNumber, HttpContext http, CandidatePhotos photos, CancellationToken cancellationToken) =>
        await photos.GetAsync(idNumber.Trim().ToUpperInvariant(), cancellationToken) is { } photo ? Photo(http, photo.Jpeg) : PhotoWords.NoPhoto();

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string idNumber, ClaimsPrincipal user, CandidatePhotos photos, CancellationToken cancellationToken) =>
        await photos.RemoveAsync(idNumber, user.Actor(), cancellationToken) ? TypedResults.NoContent() : PhotoWords.NoPhoto();

    private static async Task<Results<Ok<PhotoBatchReport>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, CandidatePhotoBatch batch, CancellationToken cancellationToken)
    {
        var (files, problem) = await PhotoUploads.ReadManyAsync(request, CandidatePhotoBatch.MaxUploadBytes, cancellationToken);
        return files is null ? problem! : TypedResults.Ok(await batch.ImportAsync(files, user.Actor(), cancellationToken));
    }
}
