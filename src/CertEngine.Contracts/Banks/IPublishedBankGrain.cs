namespace CertEngine.Contracts.Banks;

/// <summary>One bank version published from the web, frozen. Key: <c>&lt;occupation code&gt;/&lt;version&gt;</c>, e.g. <c>4-10-01-06/2</c>.</summary>
/// <remarks>Written once: a second store is refused, so a version never changes once it exists.</remarks>
public interface IPublishedBankGrain : IGrainWithStringKey
{
    /// <summary>Stores the version; refused when this key already holds one.</summary>
    Task<CommandReply> StoreAsync(PublishedBankRecord record);

    /// <summary>The stored version, or <see langword="null"/> when none was stored under this key.</summary>
    Task<PublishedBankRecord?> GetAsync();
}
