namespace CertEngine.Contracts.Banks;

/// <summary>The draft a bank shelf holds: who uploaded it, when, from what, and the version it became (if published).</summary>
/// <param name="Files">How many YAML files it holds.</param>
/// <param name="UploadedBy">The staff user name.</param>
/// <param name="UploadedAt">When it was saved (server time).</param>
/// <param name="Origin">What was uploaded (file names).</param>
/// <param name="PublishedAs">The version this draft was published as; null while unpublished.</param>
[GenerateSerializer, Immutable, Alias("certengine.BankDraftInfo")]
public sealed record BankDraftInfo(
    [property: Id(0)] int Files,
    [property: Id(1)] string UploadedBy,
    [property: Id(2)] DateTimeOffset UploadedAt,
    [property: Id(3)] string Origin,
    [property: Id(4)] int? PublishedAs);
