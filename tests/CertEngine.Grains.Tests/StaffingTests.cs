using CertEngine.Contracts.Sessions;

namespace CertEngine.Grains.Tests;

[Collection(ExamClusterCollection.Name)]
public sealed class StaffingTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    [Fact]
    public async Task StartAsync_ProctorRemovedAfterScheduling_RefusedWithTheProctorRule()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);

        ExamDay.Expect(await session.ChangeStaffAsync(["proctor-1"], [], null, "manager", "proctor-2 病假"));
        var refused = await session.StartAsync("proctor-1");
        var status = (await session.GetAsync())!.Status;

        Assert.False(refused.Accepted);
        Assert.Equal("不能开考 (the sitting cannot start): 监考人员不足：2 名考生至少需要 2 名监考人员，现有 1 名 (not enough proctors: 2 needed, 1 assigned; RULES.md §4)", refused.Refusal);
        Assert.Equal(SessionStatus.CheckIn, status);
    }

    [Fact]
    public async Task StartAsync_ProctorReplacedBeforeTheStart_Starts()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.ChangeStaffAsync(["proctor-1"], [], null, "manager", "proctor-2 病假"));

        ExamDay.Expect(await session.ChangeStaffAsync(["proctor-1", "proctor-3"], [], null, "manager", "proctor-3 替补"));
        var started = await session.StartAsync("proctor-1");

        Assert.True(started.Accepted, started.Refusal);
        Assert.Equal(SessionStatus.Running, (await session.GetAsync())!.Status);
    }

    [Fact]
    public async Task StartAsync_PracticalAssessorRemoved_RefusedWithTheAssessorRule()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids, Contracts.ExamComponent.Practical);
        ExamDay.Expect(await session.ChangeStaffAsync(["proctor-1", "proctor-2"], ["assessor-1", "assessor-2"], "assessor-1", "manager", "assessor-3 回避"));

        var refused = await session.StartAsync("proctor-1");

        Assert.Equal("不能开考 (the sitting cannot start): 考评人员不足：每项至少 3 名考评员独立评分，现有 2 名 (not enough assessors: 3 needed, 2 assigned)", refused.Refusal);
    }

    [Fact]
    public async Task ChangeStaffAsync_AfterTheStart_Refused()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));

        var refused = await session.ChangeStaffAsync(["proctor-1"], [], null, "manager", "late change");

        Assert.Equal("只能在开考前调整考务人员 (staff can change only before the start)", refused.Refusal);
    }

    [Fact]
    public async Task ScheduleAsync_PracticalRoomOfSixteenWithThreeAssessors_RefusedWithTheRatio()
    {
        var ids = await _day.EnrolAsync(16);
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);

        var refused = await session.ScheduleAsync(_day.Plan(ids, Contracts.ExamComponent.Practical), "manager");

        Assert.Equal("考评人员不足：16 名考生的技能考场至少需要 5 名考评员且为单数（考评员与考生 1:5，不少于 3 名），现有 3 名 "
            + "(not enough assessors: 16 candidates need 5, an odd number, 1 per 5 and at least 3; 3 assigned; RULES.md §4)", refused.Refusal);
        Assert.Null(await session.GetAsync());
    }

    [Fact]
    public async Task OpenCheckInAsync_RoomOfFiveAssessors_GivesEachCandidateAGroupOfThreeInTurn()
    {
        var ids = await _day.EnrolAsync(2);
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);
        string[] room = ["assessor-1", "assessor-2", "assessor-3", "assessor-4", "assessor-5"];
        ExamDay.Expect(await session.ScheduleAsync(_day.Plan(ids, Contracts.ExamComponent.Practical) with { Assessors = room }, "manager"));

        ExamDay.Expect(await session.OpenCheckInAsync("proctor-1"));
        var groups = new List<string[]>();
        foreach (var id in ids)
        {
            var practical = _day.Client.GetGrain<Contracts.Practical.IPracticalAttemptGrain>($"{_day.SessionId}/{id}");
            var group = new List<string>();
            foreach (var assessor in room)
            {
                if (await practical.GetAssessorViewAsync(assessor) is not null)
                {
                    group.Add(assessor);
                }
            }

            groups.Add([.. group]);
        }

        Assert.Equal(["assessor-1", "assessor-2", "assessor-3"], groups[0]);
        Assert.Equal(["assessor-1", "assessor-4", "assessor-5"], groups[1]);
    }

    [Fact]
    public async Task ChangeStaffAsync_AssessorReplacedAfterCheckInOpened_ReachesEveryCandidatesGroup()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids, Contracts.ExamComponent.Practical);

        ExamDay.Expect(await session.ChangeStaffAsync(["proctor-1", "proctor-2"], ["assessor-1", "assessor-2", "assessor-9"], "assessor-9", "manager", "assessor-3 回避"));
        ExamDay.Expect(await session.StartAsync("proctor-1"));

        foreach (var id in ids)
        {
            var practical = _day.Client.GetGrain<Contracts.Practical.IPracticalAttemptGrain>($"{_day.SessionId}/{id}");
            Assert.NotNull(await practical.GetAssessorViewAsync("assessor-9"));
            Assert.Null(await practical.GetAssessorViewAsync("assessor-3"));
        }
    }

    [Fact]
    public async Task ReassignAsync_AfterASheetIsSigned_Refused()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids, Contracts.ExamComponent.Practical);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var practical = _day.Client.GetGrain<Contracts.Practical.IPracticalAttemptGrain>($"{_day.SessionId}/{ids[0]}");
        var view = (await practical.GetAssessorViewAsync("assessor-1"))!;
        var task = view.Tasks[0];
        var full = new Contracts.Practical.ScoreSheet(task.Rubric.ToDictionary(r => r.Id, r => r.Points), [], null);
        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-1", task.TaskId, full));

        var refused = await practical.ReassignAsync(["assessor-7", "assessor-8", "assessor-9"], "assessor-7");

        Assert.Equal(Contracts.RefusalCode.PracticalAssessorsFixedBySignedSheet, refused.Reason?.Code);
        Assert.NotNull(await practical.GetAssessorViewAsync("assessor-1"));
    }
}
