namespace CertEngine.Contracts;

/// <summary>The answer to a command: accepted, or refused with a reason meant for the person who asked (Chinese first).</summary>
/// <remarks>A refused command changed nothing.</remarks>
[GenerateSerializer, Immutable, Alias("certengine.CommandReply")]
public sealed record CommandReply([property: Id(0)] bool Accepted, [property: Id(1)] string? Refusal)
{
    /// <summary>The accepted reply.</summary>
    public static CommandReply Ok { get; } = new(true, null);

    /// <summary>A refusal with its reason.</summary>
    public static CommandReply Refuse(string reason) => new(false, reason);
}
