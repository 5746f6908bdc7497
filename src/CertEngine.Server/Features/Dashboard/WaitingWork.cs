namespace CertEngine.Server.Features.Dashboard;

/// <summary>Work waiting for the signed-in user: what, how many and the page that does it.</summary>
/// <param name="Until">For work that waits for a day (a 公示 period's end): that day, inclusive.</param>
public sealed record WaitingWork(WaitingKind Kind, int Count, string Href, DateOnly? Until = null);
