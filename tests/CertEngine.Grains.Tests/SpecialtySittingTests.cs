using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Tracks;

namespace CertEngine.Grains.Tests;

/// <summary>A 专项职业能力 sitting (母婴护理, track <c>专项/ZX-MYHL</c>): no level, practical only, its own certificate kind.</summary>
[Collection(ExamClusterCollection.Name)]
public sealed class SpecialtySittingTests(ExamClusterFixture fixture)
{
    public const string Specialty = "专项/ZX-MYHL";

    private readonly ExamDay _day = new(fixture);

    private ICertificationTrackGrain Track => fixture.Client.GetGrain<ICertificationTrackGrain>(Specialty);

    [Fact]
    public async Task PracticalSitting_ScoredByThreeAssessors_IssuesOneSpecialtyCertificate()
    {
        var ids = await _day.EnrolAsync(1, Specialty);
        await _day.ReadySessionAsync(ids, ExamComponent.Practical, Specialty);
        var practical = fixture.Client.GetGrain<IPracticalAttemptGrain>($"{_day.SessionId}/{ids[0]}");
        var tasks = (await practical.GetAssessorViewAsync("assessor-1"))!.Tasks;

        foreach (var (assessor, shortfall) in new[] { ("assessor-1", 0m), ("assessor-2", 2m), ("assessor-3", 4m) })
        {
            foreach (var task in tasks)
            {
                ExamDay.Expect(await practical.SubmitSheetAsync(assessor, task.TaskId, Sheet(task, shortfall)));
            }
        }

        var status = (await practical.GetStatusAsync())!;
        var issued = await Track.IssueCertificateAsync(ids[0], "manager");
        var again = await Track.IssueCertificateAsync(ids[0], "manager");
        var certificate = (await fixture.Client.GetGrain<ICertificateGrain>(issued.Number!).GetAsync())!;
        var held = (await fixture.Client.GetGrain<ICandidateGrain>(ids[0]).GetAsync())!.Certificates;

        Assert.Equal(["my-nc", "my-nh", "my-pp"], tasks.Select(t => t.TaskId[..5]).Order(StringComparer.Ordinal));
        Assert.Equal(98m, status.Score);
        Assert.True(status.Passed);
        Assert.Equal(IssueOutcome.Issued, issued.Outcome);
        Assert.Matches("^ZX1404000126[0-9]{6}$", issued.Number);
        Assert.Equal(IssueOutcome.AlreadyIssued, again.Outcome);
        Assert.Equal(issued.Number, again.Number);
        Assert.Equal("专项职业能力证书", certificate.Fields.Kind);
        Assert.Null(certificate.Fields.LevelDigit);
        Assert.Null(certificate.Fields.LevelDisplay);
        Assert.Equal("--", certificate.Fields.WorkType);
        Assert.Equal("母婴护理", certificate.Fields.OccupationName);
        Assert.Equal([issued.Number], held.Select(h => h.Number));
    }

    /// <summary>A sheet awarding every criterion its maximum less <paramref name="shortfall"/> on the first one.</summary>
    private static ScoreSheet Sheet(TaskAssignment task, decimal shortfall) =>
        new(task.Rubric.Select((r, i) => (r.Id, Points: i == 0 ? r.Points - shortfall : r.Points)).ToDictionary(x => x.Id, x => x.Points), [], null);
}
