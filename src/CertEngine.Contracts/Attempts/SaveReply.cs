namespace CertEngine.Contracts.Attempts;

/// <summary>The answer to a saved answer: accepted at a server instant with the remaining time, or refused (nothing changed).</summary>
[GenerateSerializer, Immutable, Alias("certengine.SaveReply")]
public sealed record SaveReply(
    [property: Id(0)] bool Saved,
    [property: Id(1)] string? Refusal,
    [property: Id(2)] TimeSpan Remaining);
