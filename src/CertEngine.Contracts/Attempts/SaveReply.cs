namespace CertEngine.Contracts.Attempts;

/// <summary>The answer to a saved answer: accepted at a server instant with the remaining time, or refused (nothing changed).</summary>
/// <param name="Saved">Whether the answer was saved.</param>
/// <param name="Remaining">The time the candidate still has, by the server's clock.</param>
/// <param name="Reason">Why the answer was not saved; <see langword="null"/> when it was.</param>
[GenerateSerializer, Immutable, Alias("certengine.SaveReply")]
public sealed record SaveReply(
    [property: Id(0)] bool Saved,
    [property: Id(2)] TimeSpan Remaining,
    [property: Id(3)] Refusal? Reason = null);
