using CertEngine.Contracts.Security;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Features.Sessions;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Signals;

/// <summary>
/// <c>/proctor/{sessionId}/signals</c>: the chief proctor's list of a sitting's integrity signals with their numbers (考试异常
///信号, to review, never verdicts) — the same figures as <c>GET /api/analytics/sittings/{id}/signals</c>.
/// </summary>
[Authorize(Policy = SignalAccess.Policy)]
public sealed class SignalsModel(IGrainFactory grains, SittingSignalReader reader) : PageModel
{
    /// <summary>The sitting.</summary>
    public SessionView? Sitting { get; private set; }

    /// <summary>The signals, or null when the sitting holds too many papers.</summary>
    public SittingSignalView? Signals { get; private set; }

    /// <summary>Ticket and name per seat, from the roster.</summary>
    public IReadOnlyDictionary<int, (string Ticket, string Name)> Seats { get; private set; } = new Dictionary<int, (string, string)>();

    /// <summary>Reads the signals; 404 when the sitting does not exist or is not the caller's.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (sessionId.Length > 100 || await grains.GetGrain<IExamSessionGrain>(sessionId).GetAsync() is not { } session)
        {
            return NotFound();
        }

        if (!SignalAccess.MayRead(User, session))
        {
            HttpContext.RecordSecurityEvent(SecurityEventKind.OwnershipRefused, "session/" + sessionId);
            return NotFound();
        }

        Sitting = SittingQueries.ViewOf(session);
        Signals = await reader.ReadAsync(session.Id, cancellationToken);
        Seats = (await grains.GetGrain<IExamSessionGrain>(session.Id).GetRosterAsync()).GroupBy(l => l.Seat).ToDictionary(g => g.Key, g => (g.First().Ticket, g.First().Name));
        return Page();
    }
}
