using System.Security.Claims;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Features.Sessions;
using CertEngine.Server.Web.Auth;

namespace CertEngine.Server.Features.Signals;

/// <summary>
/// Who may read a sitting's integrity signals: the one place to say it, for the API and the page. The route carries
/// <see cref="Policy"/>; <see cref="MayRead"/> then decides per sitting.
/// </summary>
public static class SignalAccess
{
    /// <summary>The roles that may ask at all (Admin, CentreManager, Proctor, Supervisor).</summary>
    public const string Policy = AccessPolicies.Watch;

    /// <summary>
    /// Whether <paramref name="user"/> may read <paramref name="session"/>'s signals: Admin and CentreManager always, the
    /// sitting's proctors (the chief proctor is the first named) and its 督导员 when named on it. Reading changes nothing.
    /// </summary>
    public static bool MayRead(ClaimsPrincipal user, SessionSnapshot session) =>
        SittingQueries.MayRun(user, session) || SittingQueries.Supervises(user, session);
}
