using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Server.Features.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using CertEngine.Storage.Records.Candidates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// One candidate (考生信息), addressed by the internal id so no ID number travels in a link: the profile, enrolments and
/// certificates, the form that corrects the name, county, tags and phone number (the ID number never changes here), and
/// the audit trail of who changed what; the candidate's photo (考生照片): shown, uploaded (cropped in the browser to
/// 1 inch, normalised again by the server) or removed; and the eligibility evidence (申报材料) with each track's routes
/// (CandidateModel.Evidence.cs).
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
[RequestSizeLimit(CandidatePhotoImages.MaxUploadBytes + 256 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = CandidatePhotoImages.MaxUploadBytes + 256 * 1024)]
public sealed partial class CandidateModel(ICandidateDirectory directory, IGrainFactory grains, CandidatePhotos photos, CandidateEvidence evidence, TrackDefinitions tracks) : PageModel
{
    /// <summary>姓名.</summary>
    [BindProperty, Required(ErrorMessage = "请填写姓名"), StringLength(64)]
    public string? Name { get; set; }

    /// <summary>县区.</summary>
    [BindProperty, StringLength(64)]
    public string? County { get; set; }

    /// <summary>标签, separated by 、 or commas.</summary>
    [BindProperty, StringLength(600)]
    public string? Tags { get; set; }

    /// <summary>电话 (empty to remove).</summary>
    [BindProperty, StringLength(32)]
    public string? Phone { get; set; }

    /// <summary>The candidate shown.</summary>
    public CandidateSnapshot? Candidate { get; private set; }

    /// <summary>Who changed what, newest first.</summary>
    public IReadOnlyList<AuditRecord> Trail { get; private set; } = [];

    /// <summary>A one-line result of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>A tag naming the version of the candidate's photo, or null when there is none.</summary>
    public string? PhotoTag { get; private set; }

    /// <summary>Why the last photo was not taken, in words; null when it was.</summary>
    public string? PhotoProblem { get; private set; }

    /// <summary>The candidate's photo (JPEG), private and never cached; 404 without one.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length is 0 or > 64 || await directory.IdNumberOfAsync(id, cancellationToken) is not { } idNumber
            || await photos.GetAsync(idNumber, cancellationToken) is not { } photo)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(photo.Jpeg, "image/jpeg");
    }

    /// <summary>Stores the uploaded photo (cropped in the browser, or whole: the server crops the middle); a refusal is shown and changes nothing.</summary>
    public async Task<IActionResult> OnPostPhotoAsync(string id, IFormFile? photo, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        FillForm();
        await LoadEvidenceAsync(null, null);

        if (photo is null || photo.Length == 0)
        {
            PhotoProblem = "请选择照片文件 (choose a photo file)";
            return Page();
        }

        if (photo.Length > CandidatePhotoImages.MaxUploadBytes)
        {
            PhotoProblem = PhotoWords.Of(PhotoRefusal.TooLarge);
            return Page();
        }

        using var buffer = new MemoryStream((int)photo.Length);
        await photo.CopyToAsync(buffer, cancellationToken);
        switch (await photos.SaveAsync(Candidate!, buffer.ToArray(), User.Actor(), cancellationToken))
        {
            case PhotoSaveOutcome.Refused refused:
                PhotoProblem = PhotoWords.Of(refused.Reason);
                return Page();
            case PhotoSaveOutcome.Saved saved:
                await LoadAsync(id, cancellationToken);
                Message = saved.Replaced ? "照片已更换 (photo replaced)" : "照片已保存 (photo saved)";
                return Page();
            default:
                return NotFound();
        }
    }

    /// <summary>Removes the candidate's photo.</summary>
    public async Task<IActionResult> OnPostRemovePhotoAsync(string id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        FillForm();
        await LoadEvidenceAsync(null, null);

        Message = await photos.RemoveAsync(Candidate!.Profile.IdNumber, User.Actor(), cancellationToken) ? "照片已删除 (photo removed)" : "该考生没有照片 (this candidate has no photo)";
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>Shows the candidate with the form filled in.</summary>
    public async Task<IActionResult> OnGetAsync(string id, string? photo, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        FillForm();
        // Where the page's script lands after sending a cropped photo to the API.
        Message = photo == "saved" && PhotoTag is not null ? "照片已保存 (photo saved)" : null;
        await LoadEvidenceAsync(Check, Edit);
        return Page();
    }

    /// <summary>Saves the corrections; a refusal is shown in words and changes nothing.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await LoadEvidenceAsync(null, null);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tags = (Tags ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var reply = await grains.GetGrain<ICandidateGrain>(Candidate!.Profile.IdNumber)
            .EditAsync(new CandidateProfile(Name!, Candidate.Profile.IdNumber, County, tags, Phone ?? ""), User.Actor());
        if (!reply.Accepted)
        {
            ModelState.AddModelError("", RefusalWords.Bilingual(reply));
            return Page();
        }

        await LoadAsync(id, cancellationToken);
        await LoadEvidenceAsync(null, null);
        Message = "已保存 (saved)";
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length is 0 or > 64 || await directory.IdNumberOfAsync(id, cancellationToken) is not { } idNumber)
        {
            return false;
        }

        Candidate = await grains.GetGrain<ICandidateGrain>(idNumber).GetAsync();
        if (Candidate is null)
        {
            return false;
        }

        Trail = (await grains.GetGrain<IAuditTrailGrain>("candidate/" + id).GetAsync()).Reverse().Take(50).ToList();
        PhotoTag = (await photos.TagsAsync([idNumber], cancellationToken)).GetValueOrDefault(idNumber);
        return true;
    }

    // The edit form as stored (after a photo action, which posts none of its fields).
    private void FillForm()
    {
        (Name, County, Tags, Phone) = (Candidate!.Profile.Name, Candidate.Profile.County, string.Join("、", Candidate.Profile.Tags), Candidate.Profile.Phone);
    }
}
