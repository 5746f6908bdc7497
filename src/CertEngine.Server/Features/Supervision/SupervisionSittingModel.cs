using CertEngine.Domain.Candidates;
using CertEngine.Domain.Supervision;
using CertEngine.Server.Features.Results;
using CertEngine.Server.Features.Sessions;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using CertEngine.Storage.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Supervision;

/// <summary>
/// <c>/supervision/{sessionId}</c>: one sitting as its 督导员 sees it — the proctor console's live roster with no control,
/// the audit trail, the results once closed, and the supervision record: the checklist to answer (符合 / 不符合 / 不适用,
/// with notes), save as a draft and sign once the sitting is closed; after signing, only a signed correction. Admin and
/// CentreManager see the same page without the form.
/// </summary>
[Authorize(Policy = AccessPolicies.Oversight)]
public sealed class SupervisionSittingModel(IGrainFactory grains, SupervisionDesk desk, IAuditLog audit, ResultTables tables, EndpointDataSource endpoints, BilingualText text) : PageModel
{
    /// <summary>The most audit records the page lists (the latest).</summary>
    public const int MaxEvents = 200;

    /// <summary>The API route of the integrity signals (issue 20 item 3): its page is linked when the server has it.</summary>
    public const string SignalsRoute = "/api/analytics/sittings/{id}/signals";

    /// <summary>The sitting.</summary>
    public SessionView? Sitting { get; private set; }

    /// <summary>Its supervision.</summary>
    public SupervisionView? Supervision { get; private set; }

    /// <summary>Whether the signed-in user is a Supervisor named on it (and so may file).</summary>
    public bool MayFile { get; private set; }

    /// <summary>The latest audit records, newest first.</summary>
    public IReadOnlyList<AuditRow> Events { get; private set; } = [];

    /// <summary>The results table once there is one (ID numbers masked).</summary>
    public SittingResults? Results { get; private set; }

    /// <summary>The signals' URL when the server has that endpoint, else null.</summary>
    public string? SignalsUrl { get; private set; }

    /// <summary>The answers the form shows, by item id (the last record's, or what was just posted).</summary>
    public Dictionary<string, SupervisionEntryView> Shown { get; private set; } = [];

    /// <summary>The overall notes the form shows.</summary>
    public string ShownNotes { get; private set; } = "";

    /// <summary>A one-line result of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> reports a refusal.</summary>
    public bool Refused { get; private set; }

    /// <summary>Reads the page; 404 when the sitting does not exist or is not the supervisor's.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId, string? done)
    {
        if (!await LoadAsync(sessionId))
        {
            return NotFound();
        }

        (Message, Refused) = done switch
        {
            "draft" => (text("草稿已保存。", "Draft saved."), false),
            "signed" => (text("督导记录已签字确认。", "The supervision record is signed."), false),
            _ => (null, false),
        };
        return Page();
    }

    /// <summary>Files the record from the form: <paramref name="sign"/> signs it (a correction when one is signed already).</summary>
    public async Task<IActionResult> OnPostAsync(string sessionId, bool sign, string? notes, string? corrects)
    {
        if (!await LoadAsync(sessionId))
        {
            return NotFound();
        }

        if (!MayFile)
        {
            return Forbid();
        }

        var entries = desk.Checklist.Select(item => new SupervisionEntry(item.Id,
            SupervisionAnswers.Parse(Request.Form["answer-" + item.Id].ToString()), Bounded(Request.Form["note-" + item.Id].ToString()))).ToList();
        var filing = new SupervisionFiling(entries, Bounded(notes), sign, string.IsNullOrWhiteSpace(corrects) ? null : corrects.Trim());
        var session = await SittingQueries.OverseeableAsync(sessionId, HttpContext, grains);
        switch (await desk.FileAsync(session!, filing, User, HttpContext.RequestAborted))
        {
            case FilingOutcome.Filed:
                return RedirectToPage(new { sessionId, done = sign ? "signed" : "draft" });
            case FilingOutcome.Refused refused:
                (Message, Refused) = (RefusalWords.Bilingual(refused.Reply), true);
                Shown = entries.ToDictionary(e => e.ItemId, e => new SupervisionEntryView(e.ItemId, e.Answer is { } a ? SupervisionAnswers.Word(a) : null, e.Note));
                ShownNotes = filing.Notes;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                throw new InvalidOperationException("unknown filing outcome");
        }
    }

    // A note longer than the rules allow is kept whole so the rules refuse it by name, but never unbounded.
    private static string Bounded(string? text) => (text ?? "").Trim() is { Length: > SupervisionRules.MaxNote + 1 } tooLong ? tooLong[..(SupervisionRules.MaxNote + 1)] : (text ?? "").Trim();

    private async Task<bool> LoadAsync(string sessionId)
    {
        if (await SittingQueries.OverseeableAsync(sessionId, HttpContext, grains) is not { } session)
        {
            return false;
        }

        var cancellationToken = HttpContext.RequestAborted;
        Sitting = SittingQueries.ViewFor(User, session);
        MayFile = SittingQueries.Supervises(User, session);
        Supervision = await desk.ViewAsync(session, cancellationToken);
        if (Supervision.Records.Count > 0 && Supervision.Records[^1] is var last)
        {
            Shown = last.Answers.ToDictionary(a => a.Item, StringComparer.Ordinal);
            ShownNotes = last.Notes;
        }

        Events = (await audit.QueryAsync(new AuditQuery("session/" + session.Id, null, null, null, null, 0, MaxEvents), cancellationToken)).Rows;
        if (await tables.SittingAsync(session.Id, cancellationToken) is { } table)
        {
            Results = table with { Lines = table.Lines.Select(l => l with { IdNumber = IdentityNumber.Mask(l.IdNumber) }).ToList() };
        }

        SignalsUrl = endpoints.Endpoints.OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText == SignalsRoute)
            ? $"/proctor/{Uri.EscapeDataString(session.Id)}/signals"   // the signals page, which a named 督导 may read
            : null;
        return true;
    }
}
