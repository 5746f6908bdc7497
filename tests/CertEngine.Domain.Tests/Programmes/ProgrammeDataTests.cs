using CertEngine.Domain.Programmes;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tests.QuestionBanks;

namespace CertEngine.Domain.Tests.Programmes;

/// <summary>The shipped programme folder (programme/) and the rules it holds: the map, the Changzhi subsidies, the example targets.</summary>
public sealed class ProgrammeDataTests
{
    private static ProgrammeData Shipped() =>
        ProgrammeData.Load(Path.Combine(ShippedBanksTests.RepositoryRoot(), "programme")) is ({ } data, []) ? data : throw new InvalidOperationException("programme data does not load");

    [Theory]
    [InlineData("4-10-01-06/母婴护理员/4", "maternal")]
    [InlineData("4-10-01-06/家务服务员/5", "home")]
    [InlineData("4-10-01-06/2", "home")]
    [InlineData("专项/ZX-MYHL", "maternal")]
    [InlineData("专项/ZX-ZLSN", "home")]
    [InlineData("4-10-01-05/3", "elderly")]
    [InlineData("4-14-01-02/5", "medical")]
    [InlineData("4-10-01-02/4", "maternal")]
    [InlineData("4-10-01-03/5", "maternal")]
    public void Place_ShippedMap_ByCodeAndWorkType(string track, string programme)
    {
        Assert.Equal(programme, Shipped().Map.Place(track)?.Programme.Id);
    }

    [Fact]
    public void Place_UnlistedOccupationOrASpecialtyByAnOccupationCode_IsNowhere()
    {
        var map = Shipped().Map;

        Assert.Null(map.Place("4-99-99-99/5"));
        Assert.Null(map.Place("专项/4-10-01-06"));
        Assert.Null(map.Place("not a key"));
    }

    [Fact]
    public void ExampleTargets_AreThePlansFigures()
    {
        var targets = Shipped().ExampleTargets;

        Assert.Equal(8, targets.Count);
        Assert.Contains(new ProgrammeTarget("maternal", 2021, 2021, 6000), targets);
        Assert.Contains(new ProgrammeTarget("home", 2023, 2021, 15000), targets);
        Assert.Contains(new ProgrammeTarget("elderly", 2021, 2021, 4000), targets);
        Assert.Contains(new ProgrammeTarget("medical", 2023, 2021, 10000), targets);
    }

    [Fact]
    public void ChangzhiSubsidies_AreMarkedUnconfirmed_WithA12MonthWindow()
    {
        var rules = Shipped().Subsidies;

        Assert.True(rules.Unconfirmed);
        Assert.Equal(("changzhi", 12), (rules.City, rules.WindowMonths));
        Assert.Equal(new SubsidyAmount(1500m, true), rules.Amount("4-10-01-06", 4));
        Assert.Equal(800m, rules.Amount("ZX-MYHL", null)?.Yuan);
        Assert.Equal(500m, rules.Amount("ZX-ZLSN", null)?.Yuan);
        Assert.Null(rules.Amount("4-10-01-06", 9));
    }

    [Fact]
    public void ReadProgrammes_DuplicateEntryOrSpecialtyWithWorkType_NamesTheLine()
    {
        var problems = new List<BankProblem>();

        ProgrammeData.ReadProgrammes("p.yaml", """
            subsidy-city: x
            programmes:
              - id: a
                name: A
                occupations:
                  - { code: 1-1, name: 甲 }
                  - { code: 1-1, name: 乙 }
                  - { code: ZX-1, name: 丙, specialty: true, work-type: 丁 }
            """, problems);

        Assert.Equal([7, 8], problems.Select(p => p.Location.Line));
    }
}
