namespace CertEngine.Contracts.Banks;

/// <summary>One YAML file of a bank's source folder, by its path relative to the uploaded folder (<c>items/laundry-5.yaml</c>).</summary>
[GenerateSerializer, Immutable, Alias("certengine.BankSourceFile")]
public sealed record BankSourceFile([property: Id(0)] string Path, [property: Id(1)] string Text);
