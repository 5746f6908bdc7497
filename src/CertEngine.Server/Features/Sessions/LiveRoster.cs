namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// The live roster of a sitting (<c>_LiveRoster.cshtml</c> and <c>wwwroot/js/proctor.js</c>), as the proctor console and
/// the 督导 page both show it. <see cref="ReadOnly"/>: for a 督导员, the same view with no control at all.
/// </summary>
/// <param name="SessionId">The sitting.</param>
/// <param name="ReadOnly">Whether to leave out every control (ticks, per-seat buttons, print links).</param>
/// <param name="Practical">A practical or review sitting: the roster shows each candidate's scoring (tasks final of drawn), not answers and time.</param>
/// <param name="Printouts">Whether to link the printouts (seat plan, tickets, room record, signals), which only proctors and managers open.</param>
public sealed record LiveRoster(string SessionId, bool ReadOnly, bool Practical = false, bool Printouts = true);
