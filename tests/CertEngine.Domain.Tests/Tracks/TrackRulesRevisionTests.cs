using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tests.QuestionBanks;
using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Tests.Tracks;

/// <summary>One code's tracks file replaced by an edited text: checked with the rest of the shipped data and against a bank.</summary>
public sealed class TrackRulesRevisionTests
{
    private const string Household = "4-10-01-06";
    private const string ComponentsLine = "components:\n  2:\n";

    private static readonly IReadOnlyList<BankFile> Shipped = Directory.GetFiles(Path.Combine(ShippedBanksTests.RepositoryRoot(), "tracks"), "*.yaml")
        .Order(StringComparer.Ordinal).Select(f => new BankFile(f, File.ReadAllText(f))).ToList();

    private static string ShippedText => Shipped.Single(f => Path.GetFileName(f.Path) == Household + ".yaml").Text;

    [Fact]
    public void Check_LongerTheory_BuildsEveryLevelWithTheNewMinutesAndKeepsTheOtherCode()
    {
        var text = WithComponents("  all:\n    theory: { minutes: 120, pass-mark: 70 }\n");

        var check = TrackRulesRevision.Check(Shipped, Household, text, ShippedTracks.HouseholdBank, 1);
        var read = TrackRulesRevision.Read(Shipped, Household, text);

        Assert.True(check.IsValid, string.Join('\n', check.Problems));
        Assert.Equal(ShippedTracks.Catalogue.KeysFor(ShippedTracks.HouseholdBank), check.Tracks.Select(t => t.Key));
        Assert.All(check.Tracks, t => Assert.Equal((120, 70m), (t.Component(ComponentKind.Theory)!.Minutes, t.Component(ComponentKind.Theory)!.PassMark)));
        Assert.Equal(["4-10-01-02", "4-10-01-03", "4-10-01-05", "4-10-01-06", "ZX-JTBJ", "ZX-MYHL", "ZX-YLSH", "ZX-ZLSN"], read.Catalogue!.OccupationCodes);
    }

    [Fact]
    public void Check_TheoryShorterThanTheStandard_NamesTheEditedFileAndLine()
    {
        var text = WithComponents("  all:\n    theory: { minutes: 60 }\n");
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("minutes: 60", StringComparison.Ordinal)) + 1;

        var check = TrackRulesRevision.Check(Shipped, Household, text, ShippedTracks.HouseholdBank, 1);

        Assert.False(check.IsValid);
        Assert.Empty(check.Tracks);
        Assert.Empty(check.Problems);
        Assert.NotEmpty(check.Refusals);
        Assert.All(check.Refusals, r => Assert.Equal(("tracks/4-10-01-06.yaml", line, 1), (r.At.File, r.At.Line, r.BankVersion)));
        Assert.StartsWith("4-10-01-06/", check.Refusals[0].Key.ToString(), StringComparison.Ordinal);
        Assert.Equal(CatalogueRefusal.ComponentTooShort, check.Refusals[0].Why.Reason);
        Assert.Equal(["60", "90"], check.Refusals[0].Why.Args.Skip(2));
    }

    [Fact]
    public void Read_YamlMistake_IsReportedAtItsLineInTheEditedFile()
    {
        var text = ShippedText.Replace("work-years: 1", "work-years: one", StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("work-years: one", StringComparison.Ordinal)) + 1;

        var read = TrackRulesRevision.Read(Shipped, Household, text);

        Assert.Null(read.Catalogue);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(("tracks/4-10-01-06.yaml", line), (problem.Location.File, problem.Location.Line));
    }

    [Fact]
    public void Read_AnotherOccupationCode_IsRefusedAtTheCodeLine()
    {
        var text = ShippedText.Replace("code: 4-10-01-06", "code: 4-10-01-99", StringComparison.Ordinal);

        var read = TrackRulesRevision.Read(Shipped, Household, text);

        Assert.Null(read.Catalogue);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(("tracks/4-10-01-06.yaml", 5, TrackRulesRevision.Rule), (problem.Location.File, problem.Location.Line, problem.Rule));
    }

    [Fact]
    public void Read_DefaultsSection_IsRefused()
    {
        var text = ShippedText + "defaults:\n  multiple-choice: partial-credit\n";

        var read = TrackRulesRevision.Read(Shipped, Household, text);

        Assert.Null(read.Catalogue);
        Assert.Contains(read.Problems, p => p.Rule == TrackRulesRevision.Rule && p.Message.StartsWith("网页上只能修改本职业的规则", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NoPublishedBank_IsAnErrorAndBuildsNothing()
    {
        var check = TrackRulesRevision.Check(Shipped, Household, ShippedText, null, 0);

        Assert.Equal(["tracks/4-10-01-06.yaml:0: 题库 4-10-01-06 尚无已发布的版本，无法按题库检查这些规则 (bank 4-10-01-06 has no published version to check the rules against)"],
            check.Problems.Select(p => p.ToString()));
        Assert.Empty(check.Tracks);
    }

    [Theory]
    [InlineData(Household)]
    [InlineData(ShippedTracks.ElderCare)]
    [InlineData("ZX-MYHL")]
    [InlineData("ZX-ZLSN")]
    [InlineData("ZX-JTBJ")]
    [InlineData("ZX-YLSH")]
    public void Check_ShippedFile_BuildsEveryTrackOfItsBankWithoutError(string code)
    {
        var bank = ShippedTracks.BankOf(code);
        var text = Shipped.Single(f => Path.GetFileName(f.Path) == code + ".yaml").Text;

        var check = TrackRulesRevision.Check(Shipped, code, text, bank, 1);

        Assert.True(check.IsValid, string.Join('\n', check.Problems));
        Assert.Equal(ShippedTracks.Catalogue.KeysFor(bank), check.Tracks.Select(t => t.Key));
    }

    [Theory]
    [InlineData(Household)]
    [InlineData(ShippedTracks.ElderCare)]
    [InlineData("ZX-MYHL")]
    [InlineData("ZX-ZLSN")]
    [InlineData("ZX-JTBJ")]
    [InlineData("ZX-YLSH")]
    public void Skeleton_OfABank_ChecksWithoutErrorAndDefinesEveryTrack(string code)
    {
        var bank = ShippedTracks.BankOf(code);

        var check = TrackRulesRevision.Check(Shipped.Where(f => !f.Path.EndsWith(code + ".yaml", StringComparison.Ordinal)), code, TrackRulesRevision.Skeleton(bank), bank, 1);

        Assert.True(check.IsValid, string.Join('\n', check.Problems));
        Assert.Equal(ShippedTracks.Catalogue.KeysFor(bank), check.Tracks.Select(t => t.Key));
    }

    [Theory]
    [InlineData("4-10-01-06", true)]
    [InlineData("ZX-MYHL", true)]
    [InlineData("defaults", false)]
    [InlineData("..", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsCode_Text_AcceptsOnlySafeCodes(string? code, bool expected) => Assert.Equal(expected, TrackRulesRevision.IsCode(code));

    private static string WithComponents(string layer)
    {
        Assert.Contains(ComponentsLine, ShippedText, StringComparison.Ordinal);
        return ShippedText.Replace(ComponentsLine, "components:\n" + layer + "  2:\n", StringComparison.Ordinal);
    }
}
