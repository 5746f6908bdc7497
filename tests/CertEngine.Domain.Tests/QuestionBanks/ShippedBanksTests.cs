using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>Every bank and published version shipped under question-banks/ is valid.</summary>
public sealed class ShippedBanksTests
{
    [Fact]
    public void Validate_EveryShippedBank_HasNoErrors()
    {
        var targets = BankDiscovery.Find(Path.Combine(RepositoryRoot(), "question-banks"));

        Assert.NotEmpty(targets);
        foreach (var target in targets)
        {
            var result = target.Load();
            Assert.True(result.IsValid, $"{target.Directory}:\n{string.Join('\n', result.Problems)}");
        }
    }

    [Fact]
    public void HouseholdServiceBank_ServesLevelsFiveAndFourWithFourTasksEach()
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "question-banks", "4-10-01-06")).Bank!;

        foreach (var level in new[] { 5, 4 })
        {
            Assert.Contains(bank.Blueprints, b => b.Level == level && b.Mode == BlueprintMode.Theory);
            var tasks = bank.Tasks.Count(t => BankValidator.TaskNode(bank, t) is { } node && bank.AppliesTo(node, level, "家务服务员"));
            Assert.True(tasks >= 4, $"level {level} has {tasks} practical tasks");
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CertEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CertEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
