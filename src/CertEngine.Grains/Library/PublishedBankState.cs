using CertEngine.Contracts.Banks;

namespace CertEngine.Grains.Library;

/// <summary>The stored state of one web-published bank version: written once, never changed.</summary>
[GenerateSerializer, Alias("certengine.PublishedBankState")]
public sealed class PublishedBankState
{
    /// <summary>The frozen version; null until stored.</summary>
    [Id(0)] public PublishedBankRecord? Record { get; set; }
}
