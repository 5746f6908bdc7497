namespace CertEngine.Server.Features.Dashboard;

/// <summary>A sitting as the dashboard lists it: what, where, when, its phase, its counts and where to open it.</summary>
/// <param name="Rostered">Candidates on the roster (for an assessor: the candidates of theirs).</param>
/// <param name="CheckedIn">Checked in so far.</param>
/// <param name="ConsoleHref">The sitting's console (<c>/proctor/{id}</c>) when the user may run it (a proctor, a manager, the chief assessor), else null.</param>
public sealed record DashboardSitting(
    string Id, string TrackKey, string Component, string Room, DateTimeOffset StartsAt, string Status, int Rostered, int CheckedIn, string Href,
    string? ConsoleHref = null);
