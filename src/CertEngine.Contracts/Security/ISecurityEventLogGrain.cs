namespace CertEngine.Contracts.Security;

/// <summary>
/// The cluster's log of security events: bounded (the newest <see cref="Capacity"/> rolled-up events), written by each
/// server's in-memory recorder a few times a minute, never on a request's path. Key: <see cref="Key"/>.
/// </summary>
public interface ISecurityEventLogGrain : IGrainWithStringKey
{
    /// <summary>The one key of the log.</summary>
    const string Key = "log";

    /// <summary>How many rolled-up events the log keeps; older ones are dropped.</summary>
    const int Capacity = 5_000;

    /// <summary>The longest page <see cref="ListAsync"/> returns.</summary>
    const int MaxPage = 500;

    /// <summary>Adds events, rolling each into a repeat of the same kind, actor, subject and source seen within the window.</summary>
    Task AppendAsync(IReadOnlyList<SecurityEvent> events);

    /// <summary>A page of events, newest first, optionally of one kind; <paramref name="take"/> is capped at <see cref="MaxPage"/>.</summary>
    Task<SecurityEventPage> ListAsync(int skip, int take, SecurityEventKind? kind);
}
