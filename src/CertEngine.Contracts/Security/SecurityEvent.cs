namespace CertEngine.Contracts.Security;

/// <summary>
/// A refused or suspicious action (安全事件), rolled up: repeats of the same kind by the same actor on the same subject from
/// the same address within a short window count into one event instead of adding one each.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="FirstAt">When it first happened (server time).</param>
/// <param name="LastAt">When it last happened; equal to <paramref name="FirstAt"/> for a single occurrence.</param>
/// <param name="Count">How many times it happened between <paramref name="FirstAt"/> and <paramref name="LastAt"/> (inclusive), at least 1.</param>
/// <param name="Actor">Who: a staff user name, an admission ticket number, or empty for an anonymous caller.</param>
/// <param name="Subject">On what: a path, a sitting, a certificate number.</param>
/// <param name="Source">The client address as the server saw it (after trusted proxies).</param>
[GenerateSerializer, Immutable, Alias("certengine.SecurityEvent")]
public sealed record SecurityEvent(
    [property: Id(0)] SecurityEventKind Kind,
    [property: Id(1)] DateTimeOffset FirstAt,
    [property: Id(2)] DateTimeOffset LastAt,
    [property: Id(3)] int Count,
    [property: Id(4)] string Actor,
    [property: Id(5)] string Subject,
    [property: Id(6)] string Source)
{
    /// <summary>Whether <paramref name="other"/> is a repeat of this event (same kind, actor, subject and source).</summary>
    public bool Repeats(SecurityEvent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind == other.Kind && Actor == other.Actor && Subject == other.Subject && Source == other.Source;
    }
}
