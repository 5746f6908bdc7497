using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Tests.QuestionBanks;
using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Tests.Tracks;

/// <summary>
/// The shipped tracks/ data and the banks its tracks are built on, loaded once for every test: the published version 1 of
/// 家政服务员 and of the 母婴护理 专项, and the 养老护理员 source (not yet published; it stands in for a version 1).
/// </summary>
internal static class ShippedTracks
{
    /// <summary>The code of 养老护理员 (2019).</summary>
    public const string ElderCare = "4-10-01-05";

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

    private static readonly Lazy<Bank> LazyTidyingBank = new(() =>
    {
        var result = BankVersions.LoadPublished(Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks", "ZX-ZLSN", "versions", "1"));
        return result.Bank ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    });

    private static readonly Lazy<Bank> LazyBankZXYLSH = new(() =>
    {
        var result = BankVersions.LoadPublished(Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks", "ZX-YLSH", "versions", "1"));
        return result.Bank ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    });

    private static readonly Lazy<Bank> LazyBankZXJTBJ = new(() =>
    {
        var result = BankVersions.LoadPublished(Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks", "ZX-JTBJ", "versions", "1"));
        return result.Bank ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    });

    private static readonly Lazy<Bank> LazyElderCareBank = new(() =>
    {
        var result = BankLoader.LoadDirectory(Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks", ElderCare));
        return result.Bank ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    });

    public static TrackCatalogue Catalogue => LazyCatalogue.Value;

    /// <summary>The 养老护理员 bank's source (question-banks/4-10-01-05), as its first published version will hold it.</summary>
    public static Bank ElderCareBank => LazyElderCareBank.Value;

    /// <summary>The published 母婴护理 专项 bank, version 1.</summary>
    public static Bank SpecialtyBank => LazySpecialtyBank.Value;

    public static Bank HouseholdBank => LazyBank.Value;

    /// <summary>The bank of that code the tracks are built on (see the class summary).</summary>
    public static Bank BankOf(string code) => code switch
    {
        "4-10-01-06" => HouseholdBank,
        ElderCare => ElderCareBank,
        "ZX-MYHL" => SpecialtyBank,
        "ZX-ZLSN" => LazyTidyingBank.Value,
        "ZX-JTBJ" => LazyBankZXJTBJ.Value,
        "ZX-YLSH" => LazyBankZXYLSH.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a shipped bank"),
    };

    /// <summary>Creates a shipped 养老护理员 track on the bank's source as version 1, failing the test when it is refused.</summary>
    public static Track ElderCareTrack(string key)
    {
        Assert.True(TrackKey.TryParse(key, out var parsed), key);
        var outcome = Catalogue.Create(parsed, ElderCareBank, ElderCare, 1);
        return Assert.IsType<TrackOutcome.Created>(outcome).Track;
    }

    /// <summary>Creates a shipped 家政服务员 track from version 1, failing the test when it is refused.</summary>
    public static Track Household(string key)
    {
        Assert.True(TrackKey.TryParse(key, out var parsed), key);
        var outcome = Catalogue.Create(parsed, HouseholdBank, "4-10-01-06", 1);
        return Assert.IsType<TrackOutcome.Created>(outcome).Track;
    }
}
