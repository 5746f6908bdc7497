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
        Assert.Equal("SessionCannotStart() ← StaffingProctorsShort(2,2,1,15,2)", ExamDay.Why(refused));
        Assert.Equal(SessionStatus.CheckIn, status);
    }

    [Fact]
    public async Task StartAsync_SupervisorsNamed_DoNotCountAsProctors_AndAreListedForThem()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.ChangeStaffAsync(["proctor-1"], [], null, "manager", "proctor-2 病假"));

        ExamDay.Expect(await session.AssignSupervisorsAsync(["du.wang", "du.li"], "manager", "逢考必督"));
        var refused = await session.StartAsync("proctor-1");
        var snapshot = (await session.GetAsync())!;
        var plan = snapshot.Plan;
        var listed = await fixture.Client.GetGrain<ISittingIndexGrain>("du.wang").ListAsync();

        Assert.Equal("SessionCannotStart() ← StaffingProctorsShort(2,2,1,15,2)", ExamDay.Why(refused));
        Assert.Equal(["du.wang", "du.li"], plan.Supervisors);
        Assert.Equal(["proctor-1"], plan.Proctors);
        Assert.Contains(listed, l => l.SessionId == snapshot.Id);
    }

    [Fact]
    public async Task StartAsync_ProctorReplacedBeforeTheStart_Starts()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.ChangeStaffAsync(["proctor-1"], [], null, "manager", "proctor-2 病假"));

        ExamDay.Expect(await session.ChangeStaffAsync(["proctor-1", "proctor-3"], [], null, "manager", "proctor-3 替补"));
        var started = await session.StartAsync("proctor-1");

        Assert.True(started.Accepted, ExamDay.Why(started));
        Assert.Equal(SessionStatus.Running, (await session.GetAsync())!.Status);
    }

    [Fact]
    public async Task StartAsync_PracticalAssessorRemoved_RefusedWithTheAssessorRule()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids, Contracts.ExamComponent.Practical);
        ExamDay.Expect(await session.ChangeStaffAsync(["proctor-1", "proctor-2"], ["assessor-1", "assessor-2"], "assessor-1", "manager", "assessor-3 回避"));

        var refused = await session.StartAsync("proctor-1");

        Assert.Equal("SessionCannotStart() ← StaffingScoringAssessorsShort(3,2)", ExamDay.Why(refused));
    }

    [Fact]
    public async Task ChangeStaffAsync_AfterTheStart_Refused()
    {
        var ids = await _day.EnrolAsync(2);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));

        var refused = await session.ChangeStaffAsync(["proctor-1"], [], null, "manager", "late change");

        Assert.Equal("SessionStaffChangeTooLate()", ExamDay.Why(refused));
    }

    [Fact]
    public async Task ScheduleAsync_PracticalRoomOfSixteenWithThreeAssessors_RefusedWithTheRatio()
    {
        var ids = await _day.EnrolAsync(16);
        var session = _day.Client.GetGrain<IExamSessionGrain>(_day.SessionId);

        var refused = await session.ScheduleAsync(_day.Plan(ids, Contracts.ExamComponent.Practical), "manager");

        Assert.Equal("StaffingRoomAssessorsShortOdd(16,5,5,3,3)", ExamDay.Why(refused));
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
