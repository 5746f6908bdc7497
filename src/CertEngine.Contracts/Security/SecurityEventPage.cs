namespace CertEngine.Contracts.Security;

/// <summary>One page of security events, newest first, and how many the log holds in all.</summary>
/// <param name="Events">At most the page size asked for, newest (by last occurrence) first.</param>
/// <param name="Total">How many events the log holds that match the filter.</param>
[GenerateSerializer, Immutable, Alias("certengine.SecurityEventPage")]
public sealed record SecurityEventPage([property: Id(0)] IReadOnlyList<SecurityEvent> Events, [property: Id(1)] int Total);
