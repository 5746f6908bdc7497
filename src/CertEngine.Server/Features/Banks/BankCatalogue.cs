using CertEngine.Domain.QuestionBanks;
using CertEngine.Server.Hosting.Options;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Features.Banks;

/// <summary>The banks under the configured bank root, loaded and validated once when first asked for.</summary>
public sealed class BankCatalogue(IOptions<CertEngineOptions> options)
{
    private readonly Lazy<IReadOnlyList<(BankTarget Target, BankLoadResult Result)>> _banks = new(() =>
        BankDiscovery.Find(options.Value.BankRoot).Select(t => (t, t.Load())).ToList());

    /// <summary>Every bank and published version found, with its validation result.</summary>
    public IReadOnlyList<(BankTarget Target, BankLoadResult Result)> Banks => _banks.Value;
}
