using CertEngine.Domain.Certificates;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Tracks;

using static CertEngine.Domain.Tests.Tracks.TrackOutcomeAssert;

namespace CertEngine.Domain.Tests.Tracks;

public sealed class TrackCatalogueTests
{
    [Fact]
    public void Load_ShippedTracks_HasNoProblems()
    {
        var result = TrackCatalogue.Load(Path.Combine(QuestionBanks.ShippedBanksTests.RepositoryRoot(), "tracks"));

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal(["4-10-01-02", "4-10-01-03", "4-10-01-05", "4-10-01-06", "ZX-JTBJ", "ZX-MYHL", "ZX-YLSH", "ZX-ZLSN"], result.Catalogue!.OccupationCodes);
    }

    [Fact]
    public void KeysFor_HouseholdBank_IsEveryLevelWithItsWorkTypes()
    {
        var keys = ShippedTracks.Catalogue.KeysFor(ShippedTracks.HouseholdBank).Select(k => k.ToString());

        string[] workTypes = ["家务服务员", "母婴护理员", "家庭照护员"];
        var expected = new[] { 5, 4, 3 }.SelectMany(l => workTypes.Select(w => $"4-10-01-06/{w}/{l}")).Append("4-10-01-06/2");
        Assert.Equal(expected, keys);
    }

    [Fact]
    public void Create_EveryKeyTheBankSupports_IsCreated()
    {
        foreach (var key in ShippedTracks.Catalogue.KeysFor(ShippedTracks.HouseholdBank))
        {
            var outcome = ShippedTracks.Catalogue.Create(key, ShippedTracks.HouseholdBank, "4-10-01-06", 1);

            var track = Assert.IsType<TrackOutcome.Created>(outcome).Track;
            Assert.Equal(key, track.Key);
            Assert.Equal($"4-10-01-06/{key.Level}", track.Eligibility.Id);
        }
    }

    [Fact]
    public void Create_LevelFiveWorkType_TakesComponentsFromTheBankAndPoliciesFromTheData()
    {
        var track = ShippedTracks.Household("4-10-01-06/家务服务员/5");

        Assert.Equal("家政服务员（家务服务员）五级/初级工", track.Title);
        Assert.Equal("家政服务员", track.OccupationName);
        Assert.Equal("五级/初级工", track.LevelDisplay);
        Assert.Equal(("4-10-01-06", 1), (track.BankId, track.BankVersion));
        Assert.Equal(
            [new TrackComponent(ComponentKind.Theory, 90, 60m, null), new TrackComponent(ComponentKind.Practical, 90, 60m, PracticalPolicy.Default)],
            track.Components);
        Assert.Equal(new RetakePolicy(365, 1), track.Retake);
        Assert.Equal(MultipleChoicePolicy.AllOrNothing, track.MultipleChoice);
        Assert.Equal(CertificateKind.SkillLevel, track.CertificateKind);
        Assert.Null(track.Component(ComponentKind.Review));
    }

    [Fact]
    public void KeysFor_ElderCareBank_IsEveryLevelWithoutWorkType()
    {
        var keys = ShippedTracks.Catalogue.KeysFor(ShippedTracks.ElderCareBank).Select(k => k.ToString());

        Assert.Equal(["4-10-01-05/5", "4-10-01-05/4", "4-10-01-05/3", "4-10-01-05/2", "4-10-01-05/1"], keys);
    }

    [Fact]
    public void Create_ElderCareLevelFive_TakesComponentsFromTheBankAndEligibilityAndStaffingFromTheData()
    {
        var track = ShippedTracks.ElderCareTrack("4-10-01-05/5");

        Assert.Equal(("养老护理员五级/初级工", "养老护理员", "五级/初级工"), (track.Title, track.OccupationName, track.LevelDisplay));
        Assert.Equal(("4-10-01-05", 1), (track.BankId, track.BankVersion));
        Assert.Equal(
            [new TrackComponent(ComponentKind.Theory, 90, 60m, null), new TrackComponent(ComponentKind.Practical, 90, 60m, PracticalPolicy.Default)],
            track.Components);
        Assert.Equal(("4-10-01-05/5", 1), (track.Eligibility.Id, track.Eligibility.Version));
        Assert.Equal([("5-work", true), ("5-apprentice", true)], track.Eligibility.Conditions.Select(c => (c.Id, c.Unconfirmed)));
        Assert.Equal(StaffingRule.Default, track.Staffing);
        Assert.Equal(CertificateKind.SkillLevel, track.CertificateKind);
    }

    [Theory]
    [InlineData("4-10-01-05/家务服务员/5", CatalogueRefusal.NoWorkTypes, "养老护理员|五级/初级工|家务服务员")]
    [InlineData("专项/4-10-01-05", CatalogueRefusal.LevelRequired, "4-10-01-05|养老护理员")]
    public void Create_ElderCareKeyTheOccupationDoesNotAllow_IsRefusedWithTheReason(string text, CatalogueRefusal reason, string args)
    {
        Assert.True(TrackKey.TryParse(text, out var key));

        var outcome = ShippedTracks.Catalogue.Create(key, ShippedTracks.ElderCareBank, "4-10-01-05", 1);

        Assert.Equal((reason, args), Why(outcome));
    }

    [Fact]
    public void Create_LevelTwo_HasReviewAndNoWorkType()
    {
        var track = ShippedTracks.Household("4-10-01-06/2");

        Assert.Equal("家政服务员二级/技师", track.Title);
        Assert.Equal([ComponentKind.Theory, ComponentKind.Practical, ComponentKind.Review], track.Components.Select(c => c.Kind));
        Assert.Equal(new TrackComponent(ComponentKind.Review, 20, 60m, PracticalPolicy.Default), track.Component(ComponentKind.Review));
    }

    [Theory]
    [InlineData("4-10-01-06/1", CatalogueRefusal.NoSuchLevel, "家政服务员|Level1|五级/初级工,四级/中级工,三级/高级工,二级/技师")]
    [InlineData("4-10-01-06/家务服务员/1", CatalogueRefusal.NoSuchLevel, "家政服务员|Level1|五级/初级工,四级/中级工,三级/高级工,二级/技师")]
    [InlineData("4-10-01-06/5", CatalogueRefusal.WorkTypeRequired, "家政服务员|五级/初级工|家务服务员,母婴护理员,家庭照护员")]
    [InlineData("4-10-01-06/3", CatalogueRefusal.WorkTypeRequired, "家政服务员|三级/高级工|家务服务员,母婴护理员,家庭照护员")]
    [InlineData("4-10-01-06/家庭保洁员/4", CatalogueRefusal.NoSuchWorkType, "家政服务员|四级/中级工|家庭保洁员|家务服务员,母婴护理员,家庭照护员")]
    [InlineData("4-10-01-06/家务服务员/2", CatalogueRefusal.NoWorkTypes, "家政服务员|二级/技师|家务服务员")]
    [InlineData("4-10-01-05/2", CatalogueRefusal.OccupationMismatch, "4-10-01-05/2|4-10-01-06|家政服务员")]
    [InlineData("专项/4-10-01-06", CatalogueRefusal.LevelRequired, "4-10-01-06|家政服务员")]
    public void Create_KeyTheOccupationDoesNotAllow_IsRefusedWithTheReason(string text, CatalogueRefusal reason, string args)
    {
        Assert.True(TrackKey.TryParse(text, out var key));

        var outcome = ShippedTracks.Catalogue.Create(key, ShippedTracks.HouseholdBank, "4-10-01-06", 1);

        Assert.Equal((reason, args), Why(outcome));
    }

    [Fact]
    public void Create_MinutesBelowTheStandard_IsRefusedNamingTheDataLine()
    {
        var catalogue = Catalogue(HouseholdFile("""
            components:
              all:
                theory: { minutes: 120 }
              4:
                theory: { minutes: 89 }
            """));

        var refused = catalogue.Create(new TrackKey("4-10-01-06", "家务服务员", 4), ShippedTracks.HouseholdBank, "4-10-01-06", 1);
        var longer = catalogue.Create(new TrackKey("4-10-01-06", "家务服务员", 5), ShippedTracks.HouseholdBank, "4-10-01-06", 1);

        Assert.Equal((CatalogueRefusal.ComponentTooShort, "四级/中级工|Theory|89|90"), Why(refused));
        Assert.Equal("t/4-10-01-06.yaml:6", Assert.IsType<TrackOutcome.Refused>(refused).At?.ToString());
        Assert.Equal(120, Assert.IsType<TrackOutcome.Created>(longer).Track.Component(ComponentKind.Theory)!.Minutes);
    }

    [Fact]
    public void Create_DataOverrides_LayerOverDefaults()
    {
        var catalogue = Catalogue(HouseholdFile("""
            retake: { window-days: 180, retakes-per-component: 2 }
            multiple-choice: partial-credit
            components:
              all:
                practical: { pass-mark: 70, scoring: { assessors: 5 } }
              5:
                practical: { scoring: { aggregation: median, veto: component-fails } }
            """));

        var five = Assert.IsType<TrackOutcome.Created>(catalogue.Create(new TrackKey("4-10-01-06", "母婴护理员", 5), ShippedTracks.HouseholdBank, "b", 2)).Track;
        var four = Assert.IsType<TrackOutcome.Created>(catalogue.Create(new TrackKey("4-10-01-06", "母婴护理员", 4), ShippedTracks.HouseholdBank, "b", 2)).Track;

        Assert.Equal(new TrackComponent(ComponentKind.Practical, 90, 70m, new PracticalPolicy(5, ScoreAggregation.Median, 15m, VetoEffect.ComponentFails)),
            five.Component(ComponentKind.Practical));
        Assert.Equal(new PracticalPolicy(5, ScoreAggregation.Mean, 15m, VetoEffect.TaskScoresZero), four.Component(ComponentKind.Practical)!.Scoring);
        Assert.Equal(new RetakePolicy(180, 2), five.Retake);
        Assert.Equal(MultipleChoicePolicy.PartialCredit, five.MultipleChoice);
    }

    [Fact]
    public void Create_ShippedTrack_TakesTheStaffingOfDefaultsYaml()
    {
        var track = ShippedTracks.Household("4-10-01-06/家务服务员/5");

        Assert.Equal(StaffingRule.Default, track.Staffing);
    }

    [Fact]
    public void Create_OccupationStaffing_OverridesTheDefaultsFieldByField()
    {
        var files = new[]
        {
            new BankFile("t/defaults.yaml", "defaults:\n  staffing: { practical: { candidates-per-assessor: 4 }, review: { minimum-panel: 5 } }\n"),
            HouseholdFile("staffing: { theory: { candidates-per-proctor: 20 }, practical: { odd: false } }"),
        };
        var catalogue = TrackCatalogue.Read(files).Catalogue!;

        var track = Assert.IsType<TrackOutcome.Created>(catalogue.Create(new TrackKey("4-10-01-06", "家务服务员", 5), ShippedTracks.HouseholdBank, "4-10-01-06", 1)).Track;

        Assert.Equal(new StaffingRule(2, 20, 5, true, 3, 4, false), track.Staffing);
        Assert.Equal(8, track.Staffing.AssessorsNeeded(30));
    }

    [Fact]
    public void Create_ShippedTrack_TakesTheExtraTimeCeilingOfDefaultsYaml()
    {
        var track = ShippedTracks.Household("4-10-01-06/家务服务员/5");

        Assert.Equal(new ExtraTimeRule(30), track.ExtraTime);
    }

    [Theory]
    [InlineData("", "", 30)]                                                             // neither: the code default
    [InlineData("defaults:\n  extra-time: { ceiling-minutes: 20 }\n", "", 20)]            // defaults.yaml
    [InlineData("defaults:\n  extra-time: { ceiling-minutes: 20 }\n", "extra-time: { ceiling-minutes: 45 }", 45)] // the occupation's own
    public void Create_ExtraTimeCeiling_ComesFromTheDataWithACodeDefault(string defaults, string occupation, int expected)
    {
        var files = new List<BankFile> { HouseholdFile(occupation) };
        if (defaults.Length > 0)
        {
            files.Add(new BankFile("t/defaults.yaml", defaults));
        }

        var track = Assert.IsType<TrackOutcome.Created>(Catalogue(files).Create(new TrackKey("4-10-01-06", "家务服务员", 5), ShippedTracks.HouseholdBank, "4-10-01-06", 1)).Track;

        Assert.Equal(expected, track.ExtraTime.CeilingMinutes);
    }

    [Fact]
    public void Read_ExtraTimeCeilingNotAWholeNumberOfMinutes_IsReportedAtItsLine()
    {
        var result = TrackCatalogue.Read([new BankFile("t/defaults.yaml", "defaults:\n  extra-time:\n    ceiling-minutes: -5\n")]);

        Assert.Contains(result.Problems, p => p.ToString().StartsWith("t/defaults.yaml:3: defaults extra-time: 'ceiling-minutes'", StringComparison.Ordinal));
        Assert.Null(result.Catalogue);
    }

    [Fact]
    public void Create_ReviewSetForALevelWithoutReview_IsRefused()
    {
        var catalogue = Catalogue(HouseholdFile("""
            components:
              5:
                review: { minutes: 30 }
            """));

        var outcome = catalogue.Create(new TrackKey("4-10-01-06", "家务服务员", 5), ShippedTracks.HouseholdBank, "4-10-01-06", 1);

        Assert.Equal((CatalogueRefusal.StrayComponent, "五级/初级工|Review"), Why(outcome));
        Assert.Equal("t/4-10-01-06.yaml:4", Assert.IsType<TrackOutcome.Refused>(outcome).At?.ToString());
    }

    [Fact]
    public void Create_LevelWithoutRuleSet_IsRefused()
    {
        var catalogue = Catalogue(new BankFile("t/4-10-01-06.yaml", """
            occupation: { code: 4-10-01-06, name: 家政服务员 }
            eligibility:
              - { level: 5, id: r5, version: 1, conditions: [ { id: a, title: 一年, all: [ { work-years: 1 } ] } ] }
            """));

        var outcome = catalogue.Create(new TrackKey("4-10-01-06", "家务服务员", 4), ShippedTracks.HouseholdBank, "4-10-01-06", 1);

        Assert.Equal((CatalogueRefusal.NoRuleSet, "家政服务员|四级/中级工"), Why(outcome));
    }

    [Fact]
    public void Create_SpecialtyData_BuildsALevellessTrack()
    {
        var bank = new Bank([], Domain.QuestionBanks.PublicationRules.None,
            new Occupation("S-0101", "家庭清洁", "家庭清洁专项职业能力考核规范", "2024", null, null, [], [], new Dictionary<int, IReadOnlyList<string>>(),
                new Dictionary<int, IReadOnlyList<ComponentSpec>>(), new SourceLocation("x", 1)),
            [], [], [], [], [], []);
        var catalogue = Catalogue(new BankFile("t/s.yaml", """
            occupation: { code: S-0101, name: 家庭清洁, specialty: true }
            components:
              practical: { minutes: 90, pass-mark: 60, scoring: { assessors: 5 } }
            eligibility:
              - { id: S-0101, version: 1, conditions: [ { id: age, title: 达到法定劳动年龄, all: [ { working-age: 16 } ] } ] }
            """));

        var keys = catalogue.KeysFor(bank);
        var track = Assert.IsType<TrackOutcome.Created>(catalogue.Create(keys.Single(), bank, "S-0101", 1)).Track;
        var withLevel = catalogue.Create(new TrackKey("S-0101", null, 5), bank, "S-0101", 1);

        Assert.Equal(TrackKey.Specialty("S-0101"), keys.Single());
        Assert.Null(track.LevelDisplay);
        Assert.Equal(CertificateKind.Specialty, track.CertificateKind);
        Assert.Equal([new TrackComponent(ComponentKind.Practical, 90, 60m, PracticalPolicy.Default with { Assessors = 5 })], track.Components);
        Assert.Equal(CatalogueRefusal.SpecialtyHasNoLevel, Assert.IsType<TrackOutcome.Refused>(withLevel).Why.Reason);
    }

    [Theory]
    [InlineData("occupation: { code: 4-10-01-06, name: x }\neligibility:\n  - level: 5\n    id: r\n    version: 1\n    conditions:\n      - { id: a, title: t, all: [ { work-years: one } ] }\n",
        "t/bad.yaml:7: condition a: 'work-years': 'one' 不是 1–60 之间的整数 (not an integer from 1 to 60)")]
    [InlineData("occupation: { code: 4-10-01-06, name: x }\neligibility:\n  - level: 5\n    id: r\n    version: 1\n    conditions:\n      - id: a\n        title: t\n        all:\n          - { work-years: 1, apprenticeship: completed }\n",
        "t/bad.yaml:10: condition a: 每项要求只写一种：work-years, apprenticeship, certificate-level, graduation, training-hours, working-age (each requirement names exactly one kind; found 2)")]
    [InlineData("occupation: { code: 4-10-01-06, name: x }\neligibility:\n  - level: 5\n    id: r\n    version: 1\n    conditions:\n      - { id: a, title: t, all: [ { work-years: 1, years-since: 2 } ] }\n",
        "t/bad.yaml:7: condition a: 'years-since' 只能与 'certificate-level' 一起写 (only goes with 'certificate-level')")]
    [InlineData("occupation: { code: 4-10-01-06, name: x }\neligibility:\n  - level: 5\n    id: r\n    version: 1\n    conditions:\n      - { id: a, title: t, all: [ { graduation: [夜校] } ] }\n",
        "t/bad.yaml:7: condition a: 学校类别 '夜校' 不可用 (unknown school kind; use: 技工学校、中职、高级技工学校、技师学院、高职、大专、本科、研究生)")]
    [InlineData("occupation: { code: 4-10-01-06, name: x }\nretake: { window-days: 365, retakes: 1 }\neligibility: []\n",
        "t/bad.yaml:2: retake: 未知字段 'retakes' (unknown field 'retakes'; allowed: window-days, retakes-per-component)")]
    [InlineData("occupation: { code: 4-10-01-06, name: x }\nmultiple-choice: some\neligibility: []\n",
        "t/bad.yaml:2: 'multiple-choice': 'some' 不是可用的值 (not one of: all-or-nothing, partial-credit)")]
    [InlineData("defaults:\n  certificate-numbers:\n    - { name: x, pattern: '^[0-9', level-position: 3 }\n",
        "t/bad.yaml:3: certificate-numbers: '^[0-9' 不是有效的正则表达式 (not a valid regular expression)")]
    [InlineData("occupation: { code: 4-10-01-06, name: x }\neligibility:\n  - level: 5\n    id: r\n  version: 1\n",
        "t/bad.yaml:5: YAML 语法错误 (YAML syntax error): ")]
    [InlineData("occupation: { code: 4-10-01-06, name: x }\nstaffing:\n  practical: { minimum-assessors: 0 }\neligibility: []\n",
        "t/bad.yaml:3: staffing practical: 'minimum-assessors': '0' 不是 1–99 之间的整数 (not an integer from 1 to 99)")]
    [InlineData("occupation: { code: 4-10-01-06, name: x }\nstaffing:\n  practical: { assessors: 3 }\neligibility: []\n",
        "t/bad.yaml:3: staffing practical: 未知字段 'assessors' (unknown field 'assessors'; allowed: minimum-assessors, candidates-per-assessor, odd)")]
    public void Read_MistakeInATracksFile_IsReportedAtItsFileAndLine(string text, string expected)
    {
        var result = TrackCatalogue.Read([new BankFile("t/bad.yaml", text)]);

        Assert.Null(result.Catalogue);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SameOccupationInTwoFiles_IsReportedAtTheSecond()
    {
        const string text = "occupation: { code: 4-10-01-06, name: x }\neligibility: []\n";

        var result = TrackCatalogue.Read([new BankFile("t/a.yaml", text), new BankFile("t/b.yaml", text)]);

        Assert.Equal(["t/b.yaml:1: occupation: 4-10-01-06 已在 t/a.yaml:1 设置 (settings for 4-10-01-06 are already at t/a.yaml:1)"],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_DirectoryWithAMistake_NamesTheFileAndLine()
    {
        using var directory = new QuestionBanks.TemporaryDirectory();
        var file = Path.Combine(directory.Path, "4-10-01-06.yaml");
        File.WriteAllText(file, "occupation:\n  code: 4-10-01-06\n  name: 家政服务员\n  levels: [5]\neligibility: []\n");

        var result = TrackCatalogue.Load(directory.Path);

        Assert.Null(result.Catalogue);
        Assert.Equal([$"{file}:4: occupation: 未知字段 'levels' (unknown field 'levels'; allowed: code, name, specialty, related-occupations)"],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Create_ShippedHouseholdRules_MarkOnlyTheVerbatimRoutesConfirmed()
    {
        var conditions = new[] { "4-10-01-06/家务服务员/5", "4-10-01-06/家务服务员/4", "4-10-01-06/家务服务员/3", "4-10-01-06/2" }
            .SelectMany(k => ShippedTracks.Household(k).Eligibility.Conditions);

        Assert.Equal(["5-work", "5-apprentice", "4-cert"], conditions.Where(c => !c.Unconfirmed).Select(c => c.Id));
        Assert.Equal(["4-work", "4-school", "3-cert", "3-school", "3-college", "2-cert"], conditions.Where(c => c.Unconfirmed).Select(c => c.Id));
    }

    [Fact]
    public void Load_MissingDirectory_IsAProblem()
    {
        var result = TrackCatalogue.Load(Path.Combine(Path.GetTempPath(), "certengine-no-such-tracks"));

        Assert.False(result.IsValid);
        Assert.EndsWith("找不到 tracks 目录 (tracks directory not found)", Assert.Single(result.Problems).ToString());
    }

    private static BankFile HouseholdFile(string extra) => new("t/4-10-01-06.yaml", $"""
        occupation: {"{"} code: 4-10-01-06, name: 家政服务员 {"}"}
        {extra}
        eligibility:
          - {"{"} level: 5, id: r5, version: 1, conditions: [ {"{"} id: a, title: 一年, all: [ {"{"} work-years: 1 {"}"} ] {"}"} ] {"}"}
          - {"{"} level: 4, id: r4, version: 1, conditions: [ {"{"} id: a, title: 六年, all: [ {"{"} work-years: 6 {"}"} ] {"}"} ] {"}"}
        """);

    private static TrackCatalogue Catalogue(BankFile file) => Catalogue([file]);

    private static TrackCatalogue Catalogue(IEnumerable<BankFile> files)
    {
        var result = TrackCatalogue.Read(files);
        return result.Catalogue ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    }
}
