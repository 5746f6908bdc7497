using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Lint;
using CertEngine.Domain.QuestionBanks.Publishing;

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

    /// <summary>
    /// Authors change shipped items in place; whatever they change that an earlier version published must carry a raised
    /// version, or publishing the next version is refused. Checked here, so a forgotten bump fails the suite, not an
    /// operator's publication.
    /// </summary>
    [Fact]
    public void Freeze_EveryShippedSourceWithPublishedVersions_RaisedTheVersionOfEverythingItChanged()
    {
        var banks = Directory.GetDirectories(Path.Combine(RepositoryRoot(), "question-banks"))
            .Where(dir => Directory.Exists(Path.Combine(dir, "versions"))).ToList();

        Assert.NotEmpty(banks);
        foreach (var dir in banks)
        {
            var earlier = BankVersions.List(dir).Select(v => (v.Version, BankVersions.LoadPublished(v.Directory))).ToList();
            var outcome = BankVersions.Freeze(BankLoader.LoadDirectory(dir), earlier, new DateOnly(2026, 12, 5));
            Assert.True(outcome is FreezeOutcome.Frozen, $"{dir}:\n{(outcome as FreezeOutcome.Refused)?.Problems.Aggregate("", (all, p) => all + p + "\n")}");
        }
    }

    [Fact]
    public void Lint_HouseholdServiceBank_IsClean()
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "question-banks", "4-10-01-06")).Bank!;

        var report = BankLinter.Lint(bank);

        // Issue 17: the rewritten bank lints without an error; a change that brings one back fails here, not at publication.
        Assert.True(!report.Errors.Any(), string.Join('\n', report.Errors));
    }

    [Fact]
    public void Lint_MaternalInfantCareSpecialty_IsClean()
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "question-banks", "ZX-MYHL")).Bank!;

        var report = BankLinter.Lint(bank);

        Assert.True(report.IsClean, string.Join('\n', report.Problems));
    }

    /// <remarks>Issue 17: at least 3 practical tasks per 职业功能 per level, so a draw is not one of a handful of combinations.</remarks>
    [Fact]
    public void HouseholdServiceBank_ServesLevelsFiveAndFourWithThreeTasksPerFunction()
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "question-banks", "4-10-01-06")).Bank!;

        // Every 工种 the bank examines at a level: 家务服务员 at 五级 and 四级, 母婴护理员 from version 3 at 五级.
        foreach (var (level, workType) in new[] { (5, "家务服务员"), (4, "家务服务员"), (5, "母婴护理员") })
        {
            Assert.Contains(bank.Blueprints, b => b.Level == level && b.Mode == BlueprintMode.Theory && b.WorkType == workType);
            var practical = bank.Blueprints.Single(b => b.Level == level && b.Mode == BlueprintMode.Practical && b.WorkType == workType);
            foreach (var draw in practical.Tasks)
            {
                var tasks = bank.Tasks.Count(t => BankValidator.TaskNode(bank, t) is { } node
                    && bank.IsWithin(node, draw.NodeId) && bank.AppliesTo(node, level, workType));
                Assert.True(tasks >= 3, $"level {level} {workType} {draw.NodeId} has {tasks} practical tasks");
            }
        }
    }

    /// <remarks>Every task of a shipped source says what the 考务 resets between two candidates.</remarks>
    [Theory]
    [InlineData("4-10-01-06")]
    [InlineData("ZX-MYHL")]
    public void ShippedSource_EveryTaskHasASiteResetNote(string code)
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "question-banks", code)).Bank!;

        Assert.All(bank.Tasks, t => Assert.False(string.IsNullOrWhiteSpace(t.Reset), $"task {t.Id} has no reset"));
    }

    [Fact]
    public void MaternalInfantCareSpecialty_IsALevellessPracticalAssessmentWithFullRubrics()
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "question-banks", "ZX-MYHL")).Bank!;

        var occupation = bank.Occupation;
        Assert.Equal(("ZX-MYHL", "母婴护理"), (occupation.Code, occupation.Name));
        Assert.True(occupation.IsSpecialty);
        Assert.True(occupation.Specialty!.CodeUnconfirmed);
        Assert.Empty(occupation.Levels);
        Assert.Equal([new ComponentSpec(ComponentKind.Practical, 90, 60m)], occupation.ComponentsFor(null));
        Assert.Equal([("postpartum", 30m), ("newborn-care", 45m), ("newborn-health", 25m)], occupation.Specialty.WorkTasks.Select(t => (t.NodeId, t.Percent)));
        Assert.Empty(bank.Items);
        Assert.True(bank.Tasks.Count >= 6, $"{bank.Tasks.Count} practical tasks");
        Assert.All(bank.Tasks, t =>
        {
            Assert.Equal(100m, t.Points);
            Assert.Equal(t.Points, t.Criteria.Sum(c => c.Points));
            Assert.NotEmpty(t.Vetoes);
            Assert.NotEmpty(t.Materials);
        });
        Assert.All(occupation.Specialty.WorkTasks, w => Assert.Contains(bank.Tasks, t => BankValidator.TaskNode(bank, t) == w.NodeId));
    }

    /// <remarks>
    /// Issue 17 grew the 专项 (脐部护理, 黄疸观察, 乳房护理与挤奶, 抱姿与包裹, 居室环境, 产后膳食) after version 1: version 1
    /// stays valid for the attempts that used it, and the source publishes on top of it (every task it changed raised its version).
    /// </remarks>
    [Fact]
    public void MaternalInfantCareSpecialty_SourcePublishesOnTopOfVersionOne()
    {
        var root = Path.Combine(RepositoryRoot(), "question-banks", "ZX-MYHL");
        var source = BankLoader.LoadDirectory(root);

        var published = BankVersions.LoadPublished(Path.Combine(root, "versions", "1"));

        Assert.True(published.IsValid, string.Join('\n', published.Problems));
        Assert.True(published.Bank!.Occupation.IsSpecialty);
        var outcome = BankVersions.Freeze(source, [(1, published)], new DateOnly(2026, 1, 1));
        var frozen = Assert.IsType<FreezeOutcome.Frozen>(outcome).Version;
        Assert.Equal(2, frozen.Version);
        var before = published.Bank.Tasks.ToDictionary(t => t.Id);
        Assert.All(source.Bank!.Tasks.Where(t => before.ContainsKey(t.Id)), t =>
            Assert.True(ContentHash.Of(t) == ContentHash.Of(before[t.Id]) || t.Version > before[t.Id].Version, $"task {t.Id} changed without a new version"));
        Assert.True(source.Bank.Tasks.Count >= 12, $"{source.Bank.Tasks.Count} practical tasks");
    }

    [Fact]
    public void Lint_ElderCareBank_IsClean()
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "question-banks", "4-10-01-05")).Bank!;

        var report = BankLinter.Lint(bank);

        Assert.True(report.IsClean, string.Join('\n', report.Problems));
    }

    [Fact]
    public void ElderCareBank_ServesLevelFiveWithATheoryBlueprintAndThreeTasksPerFunction()
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "question-banks", "4-10-01-05")).Bank!;

        Assert.Equal(("4-10-01-05", "养老护理员"), (bank.Occupation.Code, bank.Occupation.Name));
        Assert.Equal([5, 4, 3, 2, 1], bank.Occupation.Levels);
        Assert.NotNull(bank.FindBlueprint(5, null, BlueprintMode.Theory));
        var practical = bank.FindBlueprint(5, null, BlueprintMode.Practical)!;
        Assert.Equal(["life", "basecare", "rehab"], practical.Tasks.Select(t => t.NodeId));
        Assert.All(practical.Tasks, draw =>
        {
            // A task is filed under a 工作内容 (life.clean5); the draw is from its 职业功能 (life).
            var tasks = bank.Tasks.Where(t => BankValidator.TaskNode(bank, t) is { } node && (node == draw.NodeId || node.StartsWith(draw.NodeId + ".", StringComparison.Ordinal))).ToList();
            Assert.True(tasks.Count >= 3, $"{draw.NodeId}: {tasks.Count} practical tasks");
            Assert.All(tasks, t => Assert.Equal(t.Points, t.Criteria.Sum(c => c.Points)));
            Assert.All(tasks, t => Assert.NotEmpty(t.Vetoes));
        });
    }

    internal static string RepositoryRoot() => CertEngine.TestSupport.RepositoryPaths.Root;
}
