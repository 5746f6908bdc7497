using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tests.QuestionBanks;
using CertEngine.Domain.Tests.Tracks;
using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Tests.Supervision;

/// <summary>The track setting <c>supervision:</c> (逢考必督): off unless the data turns it on.</summary>
public sealed class SupervisionSettingTests
{
    [Fact]
    public void Supervision_ShippedTrack_IsOff() =>
        Assert.False(ShippedTracks.Household("4-10-01-06/家务服务员/5").Supervision.Required);

    [Theory]
    [InlineData("supervision: required", true, 0)]
    [InlineData("supervision: off", false, 0)]
    [InlineData("supervision: always", null, 1)]
    public void Read_OccupationSetting_TurnsItOn(string line, bool? required, int problems)
    {
        var files = Directory.GetFiles(Path.Combine(ShippedBanksTests.RepositoryRoot(), "tracks"), "*.yaml")
            .Select(p => new BankFile(p, Path.GetFileName(p) == "4-10-01-06.yaml" ? File.ReadAllText(p) + "\n" + line + "\n" : File.ReadAllText(p)))
            .ToList();

        var result = TrackCatalogue.Read(files);

        Assert.Equal(problems, result.Problems.Count(p => p.Severity == ProblemSeverity.Error));
        if (required is { } expected)
        {
            Assert.True(TrackKey.TryParse("4-10-01-06/家务服务员/5", out var key));
            Assert.Equal(expected, Assert.IsType<TrackOutcome.Created>(result.Catalogue!.Create(key, ShippedTracks.HouseholdBank, "4-10-01-06", 1)).Track.Supervision.Required);
        }
    }
}
