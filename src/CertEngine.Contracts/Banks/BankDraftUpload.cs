namespace CertEngine.Contracts.Banks;

/// <summary>A bank's source as uploaded (题库草稿), already checked to load: its files, and who uploaded it from which files.</summary>
/// <param name="Files">The YAML files of the bank's source folder (and any modules uploaded with it).</param>
/// <param name="Actor">The staff user name who uploaded it.</param>
/// <param name="Origin">What was uploaded, for people (file names, e.g. <c>4-10-01-06.zip</c>).</param>
[GenerateSerializer, Immutable, Alias("certengine.BankDraftUpload")]
public sealed record BankDraftUpload(
    [property: Id(0)] IReadOnlyList<BankSourceFile> Files,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Origin);
