using CertEngine.Domain.Certificates;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Tracks;

using static CertEngine.Domain.Tests.Tracks.TrackOutcomeAssert;

namespace CertEngine.Domain.Tests.Tracks;

/// <summary>The shipped 母婴护理 专项 track (专项/ZX-MYHL) and how a 专项's components layer bank and data.</summary>
public sealed class SpecialtyTrackTests
{
    private static readonly TrackKey Key = TrackKey.Specialty("ZX-MYHL");

    [Fact]
    public void KeysFor_ShippedSpecialtyBank_IsTheOneLevellessKey()
    {
        var keys = ShippedTracks.Catalogue.KeysFor(ShippedTracks.SpecialtyBank);

        Assert.Equal(["专项/ZX-MYHL"], keys.Select(k => k.ToString()));
        Assert.Null(keys[0].Level);
    }

    [Fact]
    public void Create_ShippedSpecialty_TakesItsComponentsFromTheBank()
    {
        var track = Created(ShippedTracks.Catalogue.Create(Key, ShippedTracks.SpecialtyBank, "ZX-MYHL", 1));

        Assert.Equal(Key, track.Key);
        Assert.Equal("母婴护理（专项职业能力）", track.Title);
        Assert.Equal("母婴护理", track.OccupationName);
        Assert.Null(track.LevelDisplay);
        Assert.Equal(CertificateKind.Specialty, track.CertificateKind);
        Assert.Equal([new TrackComponent(ComponentKind.Practical, 90, 60m, PracticalPolicy.Default)], track.Components);
        Assert.Equal(new RetakePolicy(365, 1), track.Retake);
        Assert.Equal("ZX-MYHL", track.Eligibility.Id);
        Assert.All(track.Eligibility.Conditions, c => Assert.True(c.Unconfirmed));
    }

    [Fact]
    public void Create_LevelKeyForTheShippedSpecialty_IsRefused()
    {
        var outcome = ShippedTracks.Catalogue.Create(new TrackKey("ZX-MYHL", null, 5), ShippedTracks.SpecialtyBank, "ZX-MYHL", 1);

        Assert.Equal((CatalogueRefusal.SpecialtyHasNoLevel, "ZX-MYHL|专项/ZX-MYHL"), Why(outcome));
    }

    [Fact]
    public void PracticalDraw_ShippedSpecialty_GivesEachSeatOneTaskPerWorkTask()
    {
        var bank = ShippedTracks.SpecialtyBank;
        var track = Created(ShippedTracks.Catalogue.Create(Key, bank, "ZX-MYHL", 1));
        var blueprint = bank.FindBlueprint(track.Key.Level, track.Key.WorkType, BlueprintMode.Practical)!;

        var seats = Enumerable.Range(0, 4).Select(seat => PracticalDraw.Draw(bank, blueprint, seed: 20260301, seat)).ToList();

        Assert.All(seats, drawn => Assert.Equal(["postpartum", "newborn-care", "newborn-health"], drawn.Select(t => t.NodeId)));
        Assert.Equal(seats[2].Select(t => t.Id), PracticalDraw.Draw(bank, blueprint, seed: 20260301, seat: 2).Select(t => t.Id));
        Assert.All(seats, drawn => Assert.True(drawn.Sum(t => t.Minutes) <= track.Component(ComponentKind.Practical)!.Minutes));
    }

    [Fact]
    public void Combine_ShippedSpecialty_WeighsTheWorkTasksThirtyFortyFiveTwentyFive()
    {
        var bank = ShippedTracks.SpecialtyBank;
        var drawn = PracticalDraw.Draw(bank, bank.FindBlueprint(null, null, BlueprintMode.Practical)!, seed: 11, seat: 0);

        var score = PracticalComponentScoring.Combine(bank, Occupation.SpecialtyLevel,
            drawn.Select(t => (t, t.NodeId == "newborn-care" ? 0m : t.Points, false)).ToList());

        Assert.Equal(55m, score.Score);   // 30 + 25: the failed 新生儿生活照料 task takes its 45 with it
        Assert.Equal([("postpartum", 30m, 30m), ("newborn-care", 45m, 0m), ("newborn-health", 25m, 25m)], score.Breakdown);
    }

    [Fact]
    public void Create_DataLengthensTheSpecialtyComponent_KeepsTheBanksPassMark()
    {
        var catalogue = Catalogue("components:\n  practical: { minutes: 120, scoring: { assessors: 5 } }\n");

        var track = Created(catalogue.Create(Key, ShippedTracks.SpecialtyBank, "ZX-MYHL", 1));

        Assert.Equal([new TrackComponent(ComponentKind.Practical, 120, 60m, PracticalPolicy.Default with { Assessors = 5 })], track.Components);
    }

    [Fact]
    public void Create_DataShortensTheSpecialtyComponent_IsRefusedNamingTheDataLine()
    {
        var catalogue = Catalogue("components:\n  practical: { minutes: 60 }\n");

        var outcome = catalogue.Create(Key, ShippedTracks.SpecialtyBank, "ZX-MYHL", 1);

        Assert.Equal((CatalogueRefusal.SpecialtyComponentTooShort, "Practical|60|90"), Why(outcome));
        Assert.Equal("t/ZX-MYHL.yaml:3", At(outcome));
    }

    [Fact]
    public void Create_DataSetsAComponentTheStandardLacks_IsRefused()
    {
        var catalogue = Catalogue("components:\n  theory: { minutes: 30, pass-mark: 60 }\n");

        var outcome = catalogue.Create(Key, ShippedTracks.SpecialtyBank, "ZX-MYHL", 1);

        Assert.Equal((CatalogueRefusal.SpecialtyStrayComponent, "Theory"), Why(outcome));
        Assert.Equal("t/ZX-MYHL.yaml:3", At(outcome));
    }

    [Fact]
    public void Create_SpecialtyBankWhoseDataIsNotMarkedSpecialty_IsRefused()
    {
        var result = TrackCatalogue.Read([new BankFile("t/ZX-MYHL.yaml", """
            occupation: { code: ZX-MYHL, name: 母婴护理 }
            eligibility:
              - { level: 5, id: r5, version: 1, conditions: [ { id: a, title: 一年, all: [ { work-years: 1 } ] } ] }
            """)]);

        var outcome = result.Catalogue!.Create(new TrackKey("ZX-MYHL", null, 5), ShippedTracks.SpecialtyBank, "ZX-MYHL", 1);

        Assert.Equal((CatalogueRefusal.DataNotMarkedSpecialty, "ZX-MYHL"), Why(outcome));
        Assert.Equal([Key], result.Catalogue.KeysFor(ShippedTracks.SpecialtyBank));
    }

    [Fact]
    public void Create_DataComponentWithoutMinutesForABankWithoutComponents_IsRefused()
    {
        var bank = new Bank([], Domain.QuestionBanks.PublicationRules.None,
            new Occupation("S-0101", "家庭清洁", "家庭清洁专项职业能力考核规范", "2024", null, null, [], [], new Dictionary<int, IReadOnlyList<string>>(),
                new Dictionary<int, IReadOnlyList<ComponentSpec>>(), new SourceLocation("x", 1)),
            [], [], [], [], [], []);
        var result = TrackCatalogue.Read([new BankFile("t/s.yaml", """
            occupation: { code: S-0101, name: 家庭清洁, specialty: true }
            components:
              practical: { pass-mark: 60 }
            eligibility:
              - { id: S-0101, version: 1, conditions: [ { id: age, title: 达到法定劳动年龄, all: [ { working-age: 16 } ] } ] }
            """)]);

        var outcome = result.Catalogue!.Create(TrackKey.Specialty("S-0101"), bank, "S-0101", 1);

        Assert.Equal((CatalogueRefusal.SpecialtyComponentUnset, "Practical"), Why(outcome));
        Assert.Equal("t/s.yaml:3", At(outcome));
    }

    private static Track Created(TrackOutcome outcome) => Assert.IsType<TrackOutcome.Created>(outcome).Track;

    private static TrackCatalogue Catalogue(string components)
    {
        var result = TrackCatalogue.Read([new BankFile("t/ZX-MYHL.yaml", "occupation: { code: ZX-MYHL, name: 母婴护理, specialty: true }\n" + components + """
            eligibility:
              - { id: ZX-MYHL, version: 1, conditions: [ { id: age, title: 达到法定劳动年龄, all: [ { working-age: 16 } ] } ] }
            """)]);
        return result.Catalogue ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
    }
}
