using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Tests.QuestionBanks;

namespace CertEngine.Domain.Tests.Scoring.Practical;

/// <summary>The published 家政服务员 version 1, loaded once for the practical tests.</summary>
internal static class ShippedBank
{
    private static readonly Lazy<Bank> Loaded = new(() =>
        BankVersions.LoadPublished(Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks", "4-10-01-06", "versions", "1")).Bank
        ?? throw new InvalidOperationException("the published 4-10-01-06 version 1 does not load"));

    public static Bank Bank => Loaded.Value;

    public static PracticalTask Task(string id) => Bank.Tasks.Single(t => t.Id == id);

    public static Blueprint PracticalBlueprint(int level) =>
        Bank.Blueprints.Single(b => b.Level == level && b.Mode == BlueprintMode.Practical);
}
