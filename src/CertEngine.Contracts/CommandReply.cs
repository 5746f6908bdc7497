namespace CertEngine.Contracts;

/// <summary>The answer to a command: accepted, or refused with a reason. A refused command changed nothing.</summary>
/// <param name="Accepted">Whether the command was carried out.</param>
/// <param name="Refusal">
/// A refusal in words (Chinese first), from the areas not yet moved to reason codes; beside a
/// <paramref name="Reason"/>, the words of such an area that the reason passes on (they follow the reason's words).
/// </param>
/// <param name="Reason">Why the command was refused, as a code the web edge puts into words.</param>
[GenerateSerializer, Immutable, Alias("certengine.CommandReply")]
public sealed record CommandReply(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] string? Refusal,
    [property: Id(2)] global::CertEngine.Contracts.Refusal? Reason = null)
{
    /// <summary>The accepted reply.</summary>
    public static CommandReply Ok { get; } = new(true, null);

    /// <summary>A refusal in words (the areas not yet moved to reason codes).</summary>
    public static CommandReply Refuse(string reason) => new(false, reason);

    /// <summary>A refusal with its reason code.</summary>
    public static CommandReply Refuse(global::CertEngine.Contracts.Refusal reason) => new(false, null, reason);

    /// <summary>A refusal with its reason code and the values its words need.</summary>
    public static CommandReply Refuse(RefusalCode code, params string[] args) => new(false, null, new(code, args));
}
