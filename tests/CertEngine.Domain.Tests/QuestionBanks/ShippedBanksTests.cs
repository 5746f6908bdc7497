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

    /// <remarks>
    /// Issue 17: the 家政服务员 items are being rewritten. Until they are, this proves lint catches what the review found;
    /// afterwards it becomes "every shipped bank lints clean" (assert <see cref="LintReport.IsClean"/> for each bank).
    /// </remarks>
    [Fact]
    public void Lint_HouseholdServiceBank_ReportsTheDefectsTheReviewFound()
    {
        var bank = BankLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "question-banks", "4-10-01-06")).Bank!;

        var report = BankLinter.Lint(bank);

        var errors = report.Errors.ToList();
        Assert.Contains(errors, p => p.Rule == BankLintRules.KeyLongest);
        Assert.Contains(errors, p => p.Rule == BankLintRules.WordCue && p.Message.StartsWith("选择题", StringComparison.Ordinal));
        Assert.Contains(errors, p => p.Rule == BankLintRules.WordCue && p.Message.StartsWith("判断题", StringComparison.Ordinal));
        Assert.Contains(errors, p => p.Rule == BankLintRules.NearDuplicate);
        Assert.Contains(errors, p => p.Rule == BankLintRules.DifficultySpread);
        Assert.Contains(report.Problems, p => p.Rule == BankLintRules.RestatesLowerLevel);
        Assert.True(report.Figures.Single(f => f.Rule == BankLintRules.KeyLongest).Value > 0.45m);
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

        foreach (var level in new[] { 5, 4 })
        {
            Assert.Contains(bank.Blueprints, b => b.Level == level && b.Mode == BlueprintMode.Theory);
            var practical = bank.Blueprints.Single(b => b.Level == level && b.Mode == BlueprintMode.Practical);
            foreach (var draw in practical.Tasks)
            {
                var tasks = bank.Tasks.Count(t => BankValidator.TaskNode(bank, t) is { } node
                    && bank.IsWithin(node, draw.NodeId) && bank.AppliesTo(node, level, "家务服务员"));
                Assert.True(tasks >= 3, $"level {level} {draw.NodeId} has {tasks} practical tasks");
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
