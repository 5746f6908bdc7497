using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>Publishing freezes a version; a published version that was edited is refused, naming what changed.</summary>
public sealed class BankVersionsTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private readonly TemporaryDirectory _root = new();

    [Fact]
    public void Publish_CleanBank_WritesVersionOneThatLoadsBackIdentical()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);

        var outcome = BankVersions.Publish(bankDirectory, Day);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal(1, published.Version);
        var source = BankLoader.LoadDirectory(bankDirectory).Bank!;
        var frozen = BankVersions.LoadPublished(published.Directory);
        Assert.Empty(frozen.Problems);
        Assert.Equal(source.Items.Select(ContentHash.Of), frozen.Bank!.Items.Select(ContentHash.Of));
        Assert.Equal(source.Tasks.Select(ContentHash.Of), frozen.Bank.Tasks.Select(ContentHash.Of));
        Assert.Equal(ContentHash.OfSyllabus(source), ContentHash.OfSyllabus(frozen.Bank));
        Assert.Equal(ContentHash.OfBlueprints(source), ContentHash.OfBlueprints(frozen.Bank));
        Assert.Equal(ContentHash.OfOccupation(source), ContentHash.OfOccupation(frozen.Bank));
    }

    [Fact]
    public void LoadPublished_ItemEditedAfterPublication_NamesTheItemAndItsLine()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var published = Assert.IsType<PublishOutcome.Published>(BankVersions.Publish(bankDirectory, Day));
        var bankFile = Path.Combine(published.Directory, BankManifest.BankFileName);
        var text = File.ReadAllText(bankFile);
        File.WriteAllText(bankFile, text.Replace("题目 s-cooking-2 的题干", "题目 s-cooking-2 改过的题干", StringComparison.Ordinal));

        var result = BankVersions.LoadPublished(published.Directory);

        var problem = Assert.Single(result.Errors);
        Assert.Equal(BankRules.Manifest, problem.Rule);
        Assert.Contains("item s-cooking-2", problem.Message);
        var lines = File.ReadAllLines(bankFile);
        Assert.Equal("- id: s-cooking-2", lines[problem.Location.Line - 1].Trim());
    }

    [Fact]
    public void LoadPublished_ItemAddedAfterPublication_IsRefused()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var published = Assert.IsType<PublishOutcome.Published>(BankVersions.Publish(bankDirectory, Day));
        var bankFile = Path.Combine(published.Directory, BankManifest.BankFileName);
        var text = File.ReadAllText(bankFile);
        File.WriteAllText(bankFile, text.Replace("items:\n", "items:\n- id: sneaked-in\n  version: 1\n  type: judge\n  element: basic.001\n  difficulty: 1\n  stem: 后加的题。\n  key: true\n", StringComparison.Ordinal));

        var result = BankVersions.LoadPublished(published.Directory);

        Assert.Contains(result.Errors, p => p.Rule == BankRules.Manifest && p.Message.Contains("sneaked-in", StringComparison.Ordinal));
    }

    [Fact]
    public void Publish_BankWithAnError_WritesNothing()
    {
        var bankDirectory = new BankFixture().Replace(BankFixture.Items, "D: s-basic-1 选项四\n    key: B", "D: s-basic-1 选项四\n    key: E").WriteTo(_root.Path);

        var outcome = BankVersions.Publish(bankDirectory, Day);

        var refused = Assert.IsType<PublishOutcome.Refused>(outcome);
        Assert.Contains(refused.Problems, p => p.Rule == BankRules.KeyNotAnOption);
        Assert.False(Directory.Exists(Path.Combine(bankDirectory, BankLoader.VersionsDirectory)));
    }

    [Fact]
    public void Publish_ItemChangedWithoutRaisingItsVersion_IsRefused()
    {
        var fixture = new BankFixture();
        var bankDirectory = fixture.WriteTo(_root.Path);
        Assert.IsType<PublishOutcome.Published>(BankVersions.Publish(bankDirectory, Day));
        fixture.Replace(BankFixture.Items, "A: s-basic-1 选项一", "A: s-basic-1 新选项一").WriteTo(_root.Path);

        var outcome = BankVersions.Publish(bankDirectory, Day);

        var refused = Assert.IsType<PublishOutcome.Refused>(outcome);
        var problem = Assert.Single(refused.Problems);
        Assert.Contains("s-basic-1", problem.Message);
        Assert.Single(BankVersions.List(bankDirectory));
    }

    [Fact]
    public void Publish_ItemChangedWithRaisedVersion_WritesVersionTwo()
    {
        var fixture = new BankFixture();
        var bankDirectory = fixture.WriteTo(_root.Path);
        Assert.IsType<PublishOutcome.Published>(BankVersions.Publish(bankDirectory, Day));
        fixture.Replace(BankFixture.Items, "A: s-basic-1 选项一", "A: s-basic-1 新选项一")
            .Replace(BankFixture.Items, "- id: s-basic-1\n    version: 1", "- id: s-basic-1\n    version: 2")
            .WriteTo(_root.Path);

        var outcome = BankVersions.Publish(bankDirectory, Day);

        Assert.Equal(2, Assert.IsType<PublishOutcome.Published>(outcome).Version);
        Assert.Equal([1, 2], BankVersions.List(bankDirectory).Select(v => v.Version));
    }

    [Fact]
    public void Compare_TwoVersions_ListsAddedRemovedAndChangedItems()
    {
        var before = new BankFixture().Load().Bank!;
        var after = new BankFixture()
            .Replace(BankFixture.Items, "- id: s-basic-1\n    version: 1", "- id: s-basic-1\n    version: 2")
            .Replace(BankFixture.Items, "D: s-basic-1 选项四\n    key: B", "D: s-basic-1 选项四\n    key: C")
            .Replace(BankFixture.Items, "id: j-cooking-1", "id: j-cooking-2")
            .Load().Bank!;

        var changes = BankDiff.Compare(before, after).Select(c => c.ToString()).ToList();

        Assert.Equal(["~ item s-basic-1: v1 → v2: key", "+ item j-cooking-2: v1", "- item j-cooking-1: v1"],
            changes.OrderBy(c => c[0] == '~' ? 0 : c[0] == '+' ? 1 : 2));
    }

    public void Dispose() => _root.Dispose();
}
