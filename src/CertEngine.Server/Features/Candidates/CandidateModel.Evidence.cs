using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace CertEngine.Server.Features.Candidates;

/// <summary>The candidate page's 申报材料 section: the evidence, its form, and each track's routes met and not met.</summary>
public sealed partial class CandidateModel
{
    /// <summary>A track to check the evidence against (the track picker), from the query.</summary>
    [BindProperty(SupportsGet = true), System.ComponentModel.DataAnnotations.StringLength(80)]
    public string? Check { get; set; }

    /// <summary>The evidence to edit (fills the form), from the query.</summary>
    [BindProperty(SupportsGet = true), System.ComponentModel.DataAnnotations.StringLength(12)]
    public string? Edit { get; set; }

    /// <summary>The evidence and each track's routes.</summary>
    public EvidenceOverview? Evidence { get; private set; }

    /// <summary>The evidence form, filled when editing or after a refusal.</summary>
    public EvidenceForm Form { get; private set; } = new();

    /// <summary>The opened tracks (to check against or apply to).</summary>
    public IReadOnlyList<(string Key, string Title)> OpenTracks { get; private set; } = [];

    /// <summary>Adds or edits a piece of evidence; a refusal is shown in words and changes nothing.</summary>
    public async Task<IActionResult> OnPostEvidenceAsync(string id, [Bind(Prefix = "Form")] EvidenceForm form, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = form;
        if (ModelState.Where(e => e.Key.StartsWith("Form.", StringComparison.Ordinal)).Any(e => e.Value!.Errors.Count > 0))
        {
            ResetProfile();
            await LoadEvidenceAsync(null, null);
            return Page();
        }

        var idNumber = Candidate!.Profile.IdNumber;
        var reply = string.IsNullOrEmpty(form.EvidenceId)
            ? await evidence.AddAsync(idNumber, form.ToInput(), User.Actor())
            : await evidence.EditAsync(idNumber, form.EvidenceId, form.ToInput(), User.Actor());
        return await AfterAsync(id, reply.Reply, "已保存申报材料 (evidence saved)", cancellationToken, keepForm: true);
    }

    /// <summary>Removes a piece of evidence.</summary>
    public async Task<IActionResult> OnPostRemoveEvidenceAsync(string id, string evidenceId, CancellationToken cancellationToken) =>
        !await LoadAsync(id, cancellationToken) ? NotFound()
        : await AfterAsync(id, await evidence.RemoveAsync(Candidate!.Profile.IdNumber, evidenceId ?? "", User.Actor()), "已删除申报材料 (evidence removed)", cancellationToken);

    /// <summary>Applies to a track with the evidence kept: enrolled, waiting for review, or refused in words.</summary>
    public async Task<IActionResult> OnPostApplyAsync(string id, string trackKey, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var reply = await evidence.ApplyAsync(Candidate!.Profile.IdNumber, (trackKey ?? "")[..Math.Min((trackKey ?? "").Length, 80)], User.Actor());
        Check = trackKey;
        return await AfterAsync(id, reply.Outcome == ApplicationOutcome.Refused ? new CommandReply(false, null, reply.Reason) : CommandReply.Ok,
            reply.Outcome == ApplicationOutcome.Enrolled ? "已申报 (enrolled)" : "已提交资格审核，审核通过前不能排考 (submitted for review: cannot be scheduled until approved)", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(string id, CommandReply reply, string done, CancellationToken cancellationToken, bool keepForm = false)
    {
        if (!reply.Accepted)
        {
            ModelState.AddModelError("evidence", RefusalWords.Bilingual(reply));
        }
        else
        {
            Message = done;
            Form = keepForm ? new EvidenceForm() : Form;
        }

        await LoadAsync(id, cancellationToken);
        ResetProfile();
        await LoadEvidenceAsync(Check, null);
        return Page();
    }

    // Only the evidence form is part of these posts: the profile form shows the profile as held, without its validation.
    private void ResetProfile()
    {
        foreach (var key in new[] { nameof(Name), nameof(County), nameof(Tags), nameof(Phone) })
        {
            ModelState.Remove(key);
        }

        (Name, County, Tags, Phone) = (Candidate!.Profile.Name, Candidate.Profile.County, string.Join("、", Candidate.Profile.Tags), Candidate.Profile.Phone);
    }

    private async Task LoadEvidenceAsync(string? check, string? edit)
    {
        OpenTracks = (await tracks.ListAsync()).Tracks.Where(t => t.OpenedVersion is not null).Select(t => (t.Key, t.Title)).ToList();
        var wanted = OpenTracks.Any(t => t.Key == check?.Trim()) ? check!.Trim() : null;
        Evidence = await evidence.OverviewAsync(Candidate!.Profile.IdNumber, wanted);
        if (edit is not null && Evidence?.Items.FirstOrDefault(i => i.Evidence.Id == edit)?.Evidence is { } e)
        {
            Form = new EvidenceForm
            {
                EvidenceId = e.Id, Kind = e.Kind, From = e.From, To = e.To, Occupation = e.Occupation, Level = e.Level, Number = e.Number, School = e.School,
                Related = e.Related, Hours = e.Hours == 0 ? null : e.Hours,
            };
        }
    }
}
