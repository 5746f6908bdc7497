using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Tests.QuestionBanks;
using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Tests.Tracks;

/// <summary>The shipped tracks/ data and published 家政服务员 bank version 1, loaded once for every test.</summary>
internal static class ShippedTracks
{
    private static readonly Lazy<TrackCatalogue> LazyCatalogue = new(() =>
    {
        var result = TrackCatalogue.Load(Path.Combine(ShippedBanksTests.RepositoryRoot(), "tracks"));
        return result.Catalogue ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    });

    private static readonly Lazy<Bank> LazyBank = new(() =>
    {
        var result = BankVersions.LoadPublished(Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks", "4-10-01-06", "versions", "1"));
        return result.Bank ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    });

    private static readonly Lazy<Bank> LazySpecialtyBank = new(() =>
    {
        var result = BankVersions.LoadPublished(Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks", "ZX-MYHL", "versions", "1"));
        return result.Bank ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    });

    public static TrackCatalogue Catalogue => LazyCatalogue.Value;

    /// <summary>The published 母婴护理 专项 bank, version 1.</summary>
    public static Bank SpecialtyBank => LazySpecialtyBank.Value;

    public static Bank HouseholdBank => LazyBank.Value;

    /// <summary>Creates a shipped 家政服务员 track from version 1, failing the test when it is refused.</summary>
    public static Track Household(string key)
    {
        Assert.True(TrackKey.TryParse(key, out var parsed), key);
        var outcome = Catalogue.Create(parsed, HouseholdBank, "4-10-01-06", 1);
        return Assert.IsType<TrackOutcome.Created>(outcome).Track;
    }
}
