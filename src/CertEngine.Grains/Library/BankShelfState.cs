using CertEngine.Contracts.Banks;

namespace CertEngine.Grains.Library;

/// <summary>The stored state of one bank's web shelf: the current draft and the versions published from the web.</summary>
[GenerateSerializer, Alias("certengine.BankShelfState")]
public sealed class BankShelfState
{
    /// <summary>The draft's YAML files; empty when nothing was uploaded.</summary>
    [Id(0)] public List<BankSourceFile> DraftFiles { get; set; } = [];

    /// <summary>Who uploaded the draft, when, from what, and the version it became.</summary>
    [Id(1)] public BankDraftInfo? Draft { get; set; }

    /// <summary>The versions published from the web, oldest first; each is kept whole by its <see cref="PublishedBankGrain"/>.</summary>
    [Id(2)] public List<PublishedBankInfo> Versions { get; set; } = [];
}
