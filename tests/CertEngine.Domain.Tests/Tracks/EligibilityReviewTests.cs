using CertEngine.Domain.Tests.QuestionBanks;
using CertEngine.Domain.Tracks;
using static CertEngine.Domain.Tracks.EvidenceItem;

namespace CertEngine.Domain.Tests.Tracks;

/// <summary>Every route assessed for the candidate page, and which evidence a person must check before a route admits (资格审核).</summary>
public sealed class EligibilityReviewTests
{
    private static readonly DateOnly Birth = new(1990, 5, 20);
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static EligibilityRuleSet Level(int level) => ShippedTracks.Household($"4-10-01-06/家务服务员/{level}").Eligibility;

    [Fact]
    public void Assess_LevelFourWithACertificateAndTwoYearsOfWork_ListsEveryRouteWithWhatIsMetAndWhatFallsShort()
    {
        var evidence = new CandidateEvidence(Birth,
        [
            new PriorCertificate("e1", "4-10-01-06", 5, "S000023000456205000017", new DateOnly(2020, 6, 1)),
            new WorkExperience("e2", "家政服务员", new DateOnly(2024, 12, 6), null),
        ]);

        var routes = Level(4).Assess(evidence, Today);

        Assert.Equal(
            ["4-cert met e1", "4-work WorkYearsShort(6, 2, 0)", "4-school NoGraduation(TechnicalSchool,SecondaryVocational)"],
            routes.Select(r => r.Met ? $"{r.ConditionId} met {string.Join(",", r.EvidenceIds)}" : $"{r.ConditionId} {r.Why!.Reason}({string.Join(", ", r.Why.Args)})"));
    }

    [Fact]
    public void ToReview_ShippedLevelFourCertificateRoute_NeedsTheCertificateCheckedUntilConfirmed()
    {
        var evidence = new CandidateEvidence(Birth, [new PriorCertificate("e1", "4-10-01-06", 5, "S000023000456205000017", new DateOnly(2020, 6, 1))]);
        var rules = Level(4);

        Assert.Equal([EvidenceKind.Certificate, EvidenceKind.Graduation], rules.Reviewed);
        Assert.Equal(["e1"], rules.ToReview(["e1"], evidence, []));
        Assert.Empty(rules.ToReview(["e1"], evidence, ["e1"]));
    }

    [Fact]
    public void ToReview_ShippedLevelFiveWorkRoute_NeedsNoCheck()
    {
        var evidence = new CandidateEvidence(Birth, [new WorkExperience("e1", "家政服务员", new DateOnly(2020, 1, 1), null)]);

        Assert.Empty(Level(5).Reviewed);
        Assert.Empty(Level(5).ToReview(["e1"], evidence, []));
    }

    [Fact]
    public void Load_ReviewNamingAnUnknownEvidenceKind_NamesTheFileAndTheKindsAccepted()
    {
        using var directory = new TemporaryDirectory();
        var shipped = Path.Combine(ShippedBanksTests.RepositoryRoot(), "tracks");
        foreach (var file in Directory.GetFiles(shipped, "*.yaml"))
        {
            File.Copy(file, Path.Combine(directory.Path, Path.GetFileName(file)));
        }

        var household = Path.Combine(directory.Path, "4-10-01-06.yaml");
        File.WriteAllText(household, File.ReadAllText(household).Replace("review: [certificate, graduation]", "review: [certificate, diploma]", StringComparison.Ordinal));

        var result = TrackCatalogue.Load(directory.Path);

        Assert.Null(result.Catalogue);
        Assert.Contains(result.Problems, p => p.ToString().Contains("review 不认识 'diploma' (unknown evidence kind; use: work, apprenticeship, certificate, graduation, training)", StringComparison.Ordinal));
    }
}
