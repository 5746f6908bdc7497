using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Security;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Web;
using CertEngine.Server.Web.SecurityEvents;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// The sitting as the proctor sees it; <see cref="Capacity"/>: the room's seats (0: not set), <see cref="Rostered"/> of them
/// used; <see cref="BatchId"/>: the exam batch (批次) it is scheduled into, null for none.
/// </summary>
public sealed record SessionView(
    string Id, string TrackKey, string Component, string Centre, string Room, DateTimeOffset StartsAt, int Minutes,
    string Status, DateTimeOffset? StartedAt, string? AccessCode, int Rostered, int CheckedIn, int BankVersion,
    IReadOnlyList<string> Proctors, IReadOnlyList<string> Assessors, string? ChiefAssessor,
    int Capacity = 0, DateTimeOffset? CancelledAt = null, string? CancelReason = null, IReadOnlyList<string>? Supervisors = null, string? BatchId = null);

/// <summary>
/// What the sittings' endpoints and pages share: the sittings a user may run, finding one of them (a refusal is
/// recorded), and the sitting as the console shows it.
/// </summary>
public static class SittingQueries
{
    /// <summary>How many sittings the list of every sitting shows (the latest starts).</summary>
    public const int ListLimit = 200;

    /// <summary>
    /// The sittings <paramref name="user"/> may run, latest start first: a Proctor's own (from the index of the sittings
    /// naming them), every sitting for Admin and CentreManager (the latest <see cref="ListLimit"/>).
    /// </summary>
    public static async Task<IReadOnlyList<SessionView>> ListAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(grains);
        var everyone = user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.CentreManager);
        var index = grains.GetGrain<ISittingIndexGrain>(everyone ? ISittingIndexGrain.All : StaffAccountKey.Of(user.Actor()));
        var listings = (await index.ListAsync()).Take(ListLimit);
        var sessions = await Task.WhenAll(listings.Select(l => grains.GetGrain<IExamSessionGrain>(l.SessionId).GetAsync()));
        // The staff index also lists sittings where the user assesses; only those they may run are theirs here.
        return sessions.OfType<SessionSnapshot>().Where(s => MayRun(user, s)).Select(ViewOf).ToList();
    }

    /// <summary>The sitting when it exists and the signed-in user of <paramref name="http"/> may run it (a refusal is recorded); otherwise <see langword="null"/> (both look alike).</summary>
    public static async Task<SessionSnapshot?> RunnableAsync(string id, HttpContext http, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(grains);
        if (await grains.GetGrain<IExamSessionGrain>(id).GetAsync() is not { } session)
        {
            return null;
        }

        // A sitting the proctor is not named on answers exactly like one that does not exist; the refusal is recorded.
        if (MayRun(http.User, session))
        {
            return session;
        }

        http.RecordSecurityEvent(SecurityEventKind.OwnershipRefused, "session/" + id);
        return null;
    }

    /// <summary>The sitting as the console shows it.</summary>
    public static SessionView ViewOf(SessionSnapshot s) => new(
        s.Id, s.Plan.TrackKey, s.Plan.Component.ToString().ToLowerInvariant(), s.Plan.Centre, s.Plan.Room, s.Plan.StartsAt, s.Plan.Minutes,
        s.Status.ToString().ToLowerInvariant(), s.StartedAt, s.AccessCode, s.Plan.Roster.Count, s.CheckedIn.Count, s.BankVersion,
        s.Plan.Proctors, s.Plan.Assessors, s.Plan.ChiefAssessor, s.Plan.Capacity, s.CancelledAt, s.CancelReason, s.Plan.Supervisors ?? [], s.Plan.BatchId);

    /// <summary>
    /// The sitting as <paramref name="user"/> may see it: whole for those who may run it; for a watcher (督导) without the
    /// access code, which only lets candidates in.
    /// </summary>
    public static SessionView ViewFor(ClaimsPrincipal user, SessionSnapshot s) => MayRun(user, s) ? ViewOf(s) : ViewOf(s) with { AccessCode = null };

    /// <summary>
    /// The sitting when it exists and the signed-in user of <paramref name="http"/> may watch it — run it, or supervise it
    /// (a Supervisor named on it) — (a refusal is recorded); otherwise <see langword="null"/> (both look alike).
    /// </summary>
    public static Task<SessionSnapshot?> WatchableAsync(string id, HttpContext http, IGrainFactory grains) =>
        FindAsync(id, http, grains, session => MayRun(http.User, session) || Supervises(http.User, session));

    /// <summary>
    /// The sitting when it exists and the signed-in user may oversee it — Admin and CentreManager always, a Supervisor when
    /// named (a refusal is recorded); otherwise <see langword="null"/>.
    /// </summary>
    public static Task<SessionSnapshot?> OverseeableAsync(string id, HttpContext http, IGrainFactory grains) =>
        FindAsync(id, http, grains, session => IsManager(http.User) || Supervises(http.User, session));

    /// <summary>The sittings naming <paramref name="user"/> as a supervisor, latest start first (at most <see cref="ListLimit"/>).</summary>
    public static async Task<IReadOnlyList<SessionView>> SupervisedAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(user);
        var listings = (await grains.GetGrain<ISittingIndexGrain>(StaffAccountKey.Of(user.Actor())).ListAsync()).Take(ListLimit);
        var sessions = await Task.WhenAll(listings.Select(l => grains.GetGrain<IExamSessionGrain>(l.SessionId).GetAsync()));
        return sessions.OfType<SessionSnapshot>().Where(s => Supervises(user, s)).Select(s => ViewFor(user, s)).ToList();
    }

    /// <summary>Whether <paramref name="user"/> is a Supervisor named on <paramref name="session"/>.</summary>
    public static bool Supervises(ClaimsPrincipal user, SessionSnapshot session) =>
        user.IsInRole(StaffRoles.Supervisor) && (session.Plan.Supervisors ?? []).Contains(user.Actor(), StringComparer.OrdinalIgnoreCase);

    private static bool IsManager(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.CentreManager);

    private static async Task<SessionSnapshot?> FindAsync(string id, HttpContext http, IGrainFactory grains, Func<SessionSnapshot, bool> may)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(grains);
        if (await grains.GetGrain<IExamSessionGrain>(id).GetAsync() is not { } session)
        {
            return null;
        }

        if (may(session))
        {
            return session;
        }

        http.RecordSecurityEvent(SecurityEventKind.OwnershipRefused, "session/" + id);
        return null;
    }

    /// <summary>
    /// Whether <paramref name="user"/> may run <paramref name="session"/>: Admin and CentreManager always, a Proctor when
    /// named, and the chief assessor (考评组长) of a practical or review sitting — which names no proctor of its own.
    /// </summary>
    public static bool MayRun(ClaimsPrincipal user, SessionSnapshot session) =>
        user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.CentreManager)
        || (user.IsInRole(StaffRoles.Proctor) && session.Plan.Proctors.Contains(user.Actor(), StringComparer.OrdinalIgnoreCase))
        || Chairs(user, session);

    /// <summary>Whether <paramref name="user"/> is an Assessor and the chief assessor (考评组长) of <paramref name="session"/>, a practical or review sitting.</summary>
    public static bool Chairs(ClaimsPrincipal user, SessionSnapshot session) =>
        user.IsInRole(StaffRoles.Assessor) && session.Plan.Component != ExamComponent.Theory
        && session.Plan.ChiefAssessor is { Length: > 0 } chief && string.Equals(chief, user.Actor(), StringComparison.OrdinalIgnoreCase);
}
