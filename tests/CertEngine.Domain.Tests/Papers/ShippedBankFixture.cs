using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Tests.QuestionBanks;

namespace CertEngine.Domain.Tests.Papers;

/// <summary>A shipped, published 家政服务员 bank version and plans for its level 5 and level 4 theory blueprints, loaded once per test run.</summary>
public sealed class ShippedBankFixture
{
    private static readonly Lazy<ShippedBankFixture> Loaded = new(() => new ShippedBankFixture(1));

    /// <summary>Version 1 (read-only after loading; FsCheck properties cannot take class fixtures).</summary>
    public static ShippedBankFixture Instance => Loaded.Value;

    private static readonly Lazy<ShippedBankFixture> LoadedVersion2 = new(() => new ShippedBankFixture(2));

    /// <summary>Version 2, the rewritten bank of issue 17.</summary>
    public static ShippedBankFixture Version2 => LoadedVersion2.Value;

    public const string BankId = "4-10-01-06";
    public const string WorkType = "家务服务员";

    private ShippedBankFixture(int version)
    {
        Version = version;
        var loaded = BankVersions.LoadPublished(Path.Combine(ShippedBanksTests.RepositoryRoot(), "question-banks", BankId, "versions", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Bank = loaded.Bank ?? throw new InvalidOperationException(string.Join('\n', loaded.Problems));
        Level5 = PlanFor(5);
        Level4 = PlanFor(4);
    }

    public int Version { get; }

    public Bank Bank { get; }

    public PaperPlan Level5 { get; }

    public PaperPlan Level4 { get; }

    public PaperPlan Plan(int level) => level == 5 ? Level5 : Level4;

    public Blueprint Blueprint(int level) =>
        Bank.Blueprints.Single(b => b.Level == level && b.WorkType == WorkType && b.Mode == BlueprintMode.Theory);

    private PaperPlan PlanFor(int level) => PaperPlan.Create(Bank, BankId, Version, Blueprint(level)) switch
    {
        PaperPlanResult.Ready ready => ready.Plan,
        PaperPlanResult.Refused refused => throw new InvalidOperationException(string.Join('\n', refused.Problems)),
        _ => throw new InvalidOperationException("unknown result"),
    };
}
