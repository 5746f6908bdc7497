using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts.Candidates;
using CertEngine.Domain;
using CertEngine.Domain.Candidates;
using CertEngine.Server.Features.Tracks;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// 考生登记: register one candidate with the form (and enrol on a track), or many from the spreadsheet template, whose
/// problems are listed by row and column with nobody registered until the whole file is right; and candidates' photos in
/// bulk, from pictures or ZIP archives named by ID number, with a line per file.
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
[RequestSizeLimit(CandidatePhotoBatch.MaxUploadBytes + 256 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = CandidatePhotoBatch.MaxUploadBytes + 256 * 1024)]
public sealed class CandidatesModel(CandidateImport import, CandidateDirectoryQueries queries, TrackDefinitions tracks, IGrainFactory grains, TimeProvider clock,
    CandidatePhotoBatch photoBatch) : PageModel
{
    /// <summary>The report of the last bulk photo upload.</summary>
    public PhotoBatchReport? PhotoReport { get; private set; }

    /// <summary>Matches the uploaded pictures or ZIP archives to candidates by the ID number in each file's name.</summary>
    public async Task<IActionResult> OnPostPhotosAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        var files = Request.Form.Files.Where(f => f.Length > 0).ToList();
        if (files.Count == 0)
        {
            Message = "请选择照片文件或 ZIP 压缩包 (choose photo files or a ZIP archive)";
            return Page();
        }

        PhotoReport = await photoBatch.ImportAsync(files, User.Actor(), cancellationToken);
        await LoadAsync(cancellationToken);   // the list as it is now (its photo filter included)
        return Page();
    }

    /// <summary>The list's search text (name, county, tag, phone, ID number or its ending, ticket).</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The list's track filter.</summary>
    [BindProperty(SupportsGet = true, Name = "track")]
    public string? TrackFilter { get; set; }

    /// <summary>The list's state filter.</summary>
    [BindProperty(SupportsGet = true, Name = "state")]
    public string? StateFilter { get; set; }

    /// <summary>The list's photo filter: <c>missing</c> for candidates without a photo.</summary>
    [BindProperty(SupportsGet = true, Name = "photo")]
    public string? PhotoFilter { get; set; }

    /// <summary>The list's page (from 1), as <c>p</c>: Razor Pages keep <c>page</c> for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    /// <summary>The page of the candidate list shown, or <see langword="null"/> when the request was out of bounds.</summary>
    public CandidateListPage? List { get; private set; }

    /// <summary>Why the list could not be shown (Chinese first), if it could not.</summary>
    public string? ListProblem { get; private set; }

    /// <summary>The opened tracks (认定项目) to filter by and enrol on: key and title.</summary>
    public IReadOnlyList<(string Key, string Title)> OpenTracks { get; private set; } = [];

    /// <summary>姓名.</summary>
    [BindProperty, Required(ErrorMessage = "请填写姓名"), StringLength(32)]
    public string? Name { get; set; }

    /// <summary>身份证号.</summary>
    [BindProperty, Required(ErrorMessage = "请填写身份证号"), StringLength(18, MinimumLength = 18, ErrorMessage = "身份证号应为 18 位")]
    public string? IdNumber { get; set; }

    /// <summary>县区.</summary>
    [BindProperty, StringLength(40)]
    public string? County { get; set; }

    /// <summary>标签, separated by 、 or commas.</summary>
    [BindProperty, StringLength(400)]
    public string? Tags { get; set; }

    /// <summary>申报项目: the track to enrol on, or empty.</summary>
    [BindProperty, StringLength(80)]
    public string? TrackKey { get; set; }

    /// <summary>工作年限 in the track's occupation.</summary>
    [BindProperty, Range(0, 60, ErrorMessage = "工作年限应为 0–60")]
    public decimal? WorkYears { get; set; }

    /// <summary>The candidate looked up or just registered.</summary>
    public CandidateSnapshot? Candidate { get; private set; }

    /// <summary>What the last import did.</summary>
    public CandidateImportOutcome? Imported { get; private set; }

    /// <summary>A one-line result of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>Phone number.</summary>
    [BindProperty, StringLength(32)]
    public string? Phone { get; set; }

    /// <summary>Shows the list, the forms, and the candidate <paramref name="id"/> when given.</summary>
    public async Task OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(id) && id.Trim().Length == 18)
        {
            Candidate = await grains.GetGrain<ICandidateGrain>(id.Trim().ToUpperInvariant()).GetAsync();
            Message = Candidate is null ? "没有该考生 (no such candidate)" : null;
        }
    }

    /// <summary>Registers one candidate, and enrols them when a track is given.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(TrackKey) && !OpenTracks.Any(t => t.Key == TrackKey.Trim()))
        {
            ModelState.AddModelError(nameof(TrackKey), ValidationMessages.Of("请从列表中选择已开通的认定项目"));
        }

        var today = ChinaTime.Today(clock);
        var (identity, _) = IdentityNumber.TryParse(IdNumber, today);
        if (ModelState.IsValid && identity is null)
        {
            ModelState.AddModelError(nameof(IdNumber), ValidationMessages.Of("身份证号不正确，请核对"));
        }

        if (!ModelState.IsValid || identity is null)
        {
            return Page();
        }

        var tags = (Tags ?? "").Split(['、', ',', '，', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var row = new CandidateSheetRow(0, new CandidateProfile(Name!.Trim(), identity.Value.Value, string.IsNullOrWhiteSpace(County) ? null : County.Trim(), tags, string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim()),
            identity.Value.BirthDate, string.IsNullOrWhiteSpace(TrackKey) ? null : TrackKey.Trim(), WorkYears);
        if (await import.RegisterOneAsync(row, User.Actor()) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
        }
        else
        {
            Message = row.TrackKey is null ? "已登记 (registered)" : "已登记并申报 (registered and enrolled)";
        }

        Candidate = await grains.GetGrain<ICandidateGrain>(identity.Value.Value).GetAsync();
        return Page();
    }

    /// <summary>Imports the uploaded spreadsheet.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        if (file is null || file.Length == 0)
        {
            Message = BilingualPages.Pick("请选择 .xlsx 文件", "Choose an .xlsx file");
            return Page();
        }

        if (file.Length > CandidateImport.MaxBytes || !file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Message = BilingualPages.Pick("只接受不超过 4 MB 的 .xlsx 文件", "Only .xlsx files up to 4 MB");
            return Page();
        }

        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, cancellationToken);
        stream.Position = 0;
        Imported = await import.ImportAsync(stream, User.Actor(), cancellationToken);

        // Photos chosen with the list are stored once the list is in: they are matched to the candidates it registered.
        var photos = Request.Form.Files.GetFiles("photos").Where(f => f.Length > 0).ToList();
        if (photos.Count > 0)
        {
            if (Imported.Problems.Count > 0 && Imported.Registered == 0)
            {
                Message = BilingualPages.Pick("名单有误，照片也未保存：改正名单后与照片一起重新上传", "The list has errors, so the photos were not stored either: upload both again once it is fixed");
            }
            else
            {
                PhotoReport = await photoBatch.ImportAsync(photos, User.Actor(), cancellationToken);
            }
        }

        // The list above the answer is read again: it shows the candidates the file has just registered.
        await LoadAsync(cancellationToken);
        return Page();
    }

    // The opened tracks and the list page: both shown above every form, whatever the handler.
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        OpenTracks = (await tracks.ListAsync()).Tracks.Where(t => t.OpenedVersion is not null).Select(t => (t.Key, t.Title)).ToList();
        var request = new CandidateListRequest(Query, TrackFilter, StateFilter, PageNumber, null, PhotoFilter);
        if (request.Problem() is { } problem)
        {
            ListProblem = problem.Message;
            return;
        }

        List = await queries.ListAsync(request, User, cancellationToken);
    }

}
