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
/// the audit trail of who changed what; and the eligibility evidence (申报材料) with each track's routes
/// (CandidateModel.Evidence.cs).
/// </summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed partial class CandidateModel(ICandidateDirectory directory, IGrainFactory grains, CandidateEvidence evidence, TrackDefinitions tracks) : PageModel
{
    /// <summary>姓名.</summary>
    [BindProperty, Required(ErrorMessage = "请填写姓名 (name required)"), StringLength(64)]
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

    /// <summary>Shows the candidate with the form filled in.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Name, County, Tags, Phone) = (Candidate!.Profile.Name, Candidate.Profile.County, string.Join("、", Candidate.Profile.Tags), Candidate.Profile.Phone);
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
        return true;
    }
}
