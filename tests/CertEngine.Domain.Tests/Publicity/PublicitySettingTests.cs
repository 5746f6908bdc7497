using CertEngine.Domain.Publicity;
using CertEngine.Domain.Tests.Tracks;
using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Tests.Publicity;

/// <summary>The track setting <c>publicity:</c> in the shipped tracks data and as written.</summary>
public sealed class PublicitySettingTests
{
    [Fact]
    public void Publicity_ShippedLevelTrack_IsFiveWorkingDays() =>
        Assert.Equal(new PublicityRule(5), ShippedTracks.Household("4-10-01-06/家务服务员/5").Publicity);

    [Fact]
    public void Publicity_ShippedSpecialty_IsOff()
    {
        Assert.True(TrackKey.TryParse("专项/ZX-MYHL", out var key));

        var track = Assert.IsType<TrackOutcome.Created>(ShippedTracks.Catalogue.Create(key, ShippedTracks.SpecialtyBank, "ZX-MYHL", 1)).Track;

        Assert.False(track.Publicity.Required);
    }

    [Theory]
    [InlineData("publicity: { working-days: 7 }", 7, 0)]
    [InlineData("publicity: off", 0, 0)]
    [InlineData("publicity: { working-days: 0 }", null, 1)]
    [InlineData("publicity: sometimes", null, 1)]
    public void Read_OccupationSetting_OverridesTheDefaults(string line, int? days, int problems)
    {
        var files = Directory.GetFiles(Path.Combine(QuestionBanks.ShippedBanksTests.RepositoryRoot(), "tracks"), "*.yaml")
            .Select(p => new CertEngine.Domain.QuestionBanks.BankFile(p, Path.GetFileName(p) == "4-10-01-06.yaml" ? File.ReadAllText(p) + "\n" + line + "\n" : File.ReadAllText(p)))
            .ToList();

        var result = TrackCatalogue.Read(files);

        Assert.Equal(problems, result.Problems.Count(p => p.Severity == CertEngine.Domain.QuestionBanks.ProblemSeverity.Error));
        if (days is { } expected)
        {
            Assert.True(TrackKey.TryParse("4-10-01-06/家务服务员/5", out var key));
            var track = Assert.IsType<TrackOutcome.Created>(result.Catalogue!.Create(key, ShippedTracks.HouseholdBank, "4-10-01-06", 1)).Track;
            Assert.Equal(expected, track.Publicity.WorkingDays);
        }
    }
}
