using CertEngine.Contracts;
using CertEngine.Contracts.Practical;

namespace CertEngine.Grains.Tests;

[Collection(ExamClusterCollection.Name)]
public sealed class PracticalScoringTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    private IPracticalAttemptGrain Practical(string id) => fixture.Client.GetGrain<IPracticalAttemptGrain>($"{_day.SessionId}/{id}");

    /// <summary>A sheet awarding every criterion its maximum less <paramref name="shortfall"/> on the first one.</summary>
    private static ScoreSheet Sheet(TaskAssignment task, decimal shortfall = 0, params int[] vetoes) =>
        new(task.Rubric.Select((r, i) => (r.Id, Points: i == 0 ? Math.Max(0, r.Points - shortfall) : r.Points)).ToDictionary(x => x.Id, x => x.Points), vetoes, null);

    private static ScoreSheet Zero(TaskAssignment task) => new(task.Rubric.ToDictionary(r => r.Id, _ => 0m), [], null);

    [Fact]
    public async Task AssessorView_IsBlind_AndOnlyForAssignedAssessors()
    {
        var ids = await _day.EnrolAsync(1);
        await _day.ReadySessionAsync(ids, ExamComponent.Practical);
        var practical = Practical(ids[0]);
        var view = (await practical.GetAssessorViewAsync("assessor-2"))!;
        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-2", view.Tasks[0].TaskId, Sheet(view.Tasks[0], 3)));

        var other = (await practical.GetAssessorViewAsync("assessor-3"))!;
        var stranger = await practical.GetAssessorViewAsync("assessor-9");
        var strangerSheet = await practical.SubmitSheetAsync("assessor-9", view.Tasks[0].TaskId, Sheet(view.Tasks[0]));
        var second = await practical.SubmitSheetAsync("assessor-2", view.Tasks[0].TaskId, Sheet(view.Tasks[0]));

        Assert.Equal(4, view.Tasks.Count);
        Assert.Equal(ExamDay.TicketOf(ids[0]), view.Ticket);
        Assert.Null(other.Tasks[0].OwnSheet);
        Assert.NotNull((await practical.GetAssessorViewAsync("assessor-2"))!.Tasks[0].OwnSheet);
        Assert.Null(stranger);
        Assert.Equal((false, RefusalCode.PracticalNotAssigned), (strangerSheet.Accepted, strangerSheet.Reason?.Code));
        Assert.Equal((false, RefusalCode.PracticalSheetAlreadySigned), (second.Accepted, second.Reason?.Code));
    }

    [Fact]
    public async Task ThreeSheets_WithinTheThreshold_ScoreTheMean_AndRecordThePart()
    {
        var ids = await _day.EnrolAsync(1);
        await _day.ReadySessionAsync(ids, ExamComponent.Practical);
        var practical = Practical(ids[0]);
        var tasks = (await practical.GetAssessorViewAsync("assessor-1"))!.Tasks;

        foreach (var task in tasks)
        {
            ExamDay.Expect(await practical.SubmitSheetAsync("assessor-1", task.TaskId, Sheet(task, 0)));
            ExamDay.Expect(await practical.SubmitSheetAsync("assessor-2", task.TaskId, Sheet(task, 3)));
            ExamDay.Expect(await practical.SubmitSheetAsync("assessor-3", task.TaskId, Sheet(task, 6)));
        }

        var status = (await practical.GetStatusAsync())!;
        Assert.All(status.Tasks, t => Assert.Equal("scored", t.State));
        Assert.All(status.Tasks, t => Assert.Equal(97m, t.Score));
        Assert.Equal(97m, status.Score);
        Assert.True(status.Passed);
    }

    [Fact]
    public async Task WideSpread_GoesToTheChief_WhoAloneAdjudicates_WithAReason()
    {
        var ids = await _day.EnrolAsync(1);
        await _day.ReadySessionAsync(ids, ExamComponent.Practical);
        var practical = Practical(ids[0]);
        var task = (await practical.GetAssessorViewAsync("assessor-1"))!.Tasks[0];
        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-1", task.TaskId, Sheet(task, 0)));
        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-2", task.TaskId, Sheet(task, 2)));
        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-3", task.TaskId, Zero(task)));

        var held = (await practical.GetStatusAsync())!.Tasks[0];
        var notChief = await practical.AdjudicateAsync("assessor-2", task.TaskId, 90, "复核录像");
        var noReason = await practical.AdjudicateAsync("assessor-1", task.TaskId, 90, "");
        ExamDay.Expect(await practical.AdjudicateAsync("assessor-1", task.TaskId, 90, "复核录像后确认第一项操作规范"));
        var decided = (await practical.GetStatusAsync())!.Tasks[0];

        Assert.Equal("adjudication", held.State);
        Assert.Equal((false, RefusalCode.PracticalOnlyChiefAdjudicates), (notChief.Accepted, notChief.Reason?.Code));
        Assert.Equal((false, RefusalCode.PracticalAdjudicationNeedsReason), (noReason.Accepted, noReason.Reason?.Code));
        Assert.Equal("adjudicated", decided.State);
        Assert.Equal(90m, decided.Score);
    }

    [Fact]
    public async Task MajorityVeto_ZeroesTheTask()
    {
        var ids = await _day.EnrolAsync(1);
        await _day.ReadySessionAsync(ids, ExamComponent.Practical);
        var practical = Practical(ids[0]);
        var task = (await practical.GetAssessorViewAsync("assessor-1"))!.Tasks[0];

        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-1", task.TaskId, Sheet(task, 0, 0)));
        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-2", task.TaskId, Sheet(task, 0, 0)));
        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-3", task.TaskId, Sheet(task, 0)));

        var status = (await practical.GetStatusAsync())!.Tasks[0];
        Assert.Equal(0m, status.Score);
        Assert.True(status.Vetoed);
    }
}
