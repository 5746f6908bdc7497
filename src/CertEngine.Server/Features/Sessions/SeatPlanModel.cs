using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Candidates;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Sessions;

/// <summary><c>/proctor/{sessionId}/seat-plan</c>: the printable seat plan (座位表), by seat, with masked ID numbers.</summary>
[Authorize(Policy = AccessPolicies.Proctor)]
public sealed class SeatPlanModel(IGrainFactory grains) : PageModel
{
    /// <summary>The sitting.</summary>
    public SessionView? Sitting { get; private set; }

    /// <summary>Seat, ticket, name and masked ID number, by seat.</summary>
    public IReadOnlyList<(int Seat, string Ticket, string Name, string MaskedId)> Seats { get; private set; } = [];

    /// <summary>Reads the roster; 404 when the sitting is not the proctor's.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId)
    {
        if (await SittingQueries.RunnableAsync(sessionId, HttpContext, grains) is not { } session)
        {
            return NotFound();
        }

        Sitting = SittingQueries.ViewOf(session);
        var roster = await grains.GetGrain<IExamSessionGrain>(session.Id).GetRosterAsync();
        Seats = roster.Select(l => (l.Seat, l.Ticket, l.Name, IdentityNumber.Mask(l.IdNumber))).ToList();
        return Page();
    }
}
