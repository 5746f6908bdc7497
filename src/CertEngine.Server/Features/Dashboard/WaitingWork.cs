namespace CertEngine.Server.Features.Dashboard;

/// <summary>Work waiting for the signed-in user: what, how many and the page that does it.</summary>
public sealed record WaitingWork(WaitingKind Kind, int Count, string Href);
