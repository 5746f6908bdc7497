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
}
