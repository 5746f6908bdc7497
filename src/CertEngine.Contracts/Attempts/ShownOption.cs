namespace CertEngine.Contracts.Attempts;

/// <summary>An option as the candidate sees it: the display label (A, B …) and its text. Never the key.</summary>
[GenerateSerializer, Immutable, Alias("certengine.ShownOption")]
public sealed record ShownOption([property: Id(0)] string Label, [property: Id(1)] string Text);
