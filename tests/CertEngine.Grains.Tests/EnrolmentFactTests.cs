using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Tracks;
using Orleans.Core.Internal;

namespace CertEngine.Grains.Tests;

/// <summary>Enrolments reach the record store through the candidate's outbox: exactly once, also across a crash.</summary>
[Collection(ExamClusterCollection.Name)]
public sealed class EnrolmentFactTests(ExamClusterFixture fixture)
{
    [Fact]
    public async Task Enrol_KilledBetweenStateAndFact_TheFactIsStoredOnceAfterTheRestart()
    {
        var day = new ExamDay(fixture);
        await day.OpenTrackAsync();
        var id = ExamDay.NewIdNumber();
        var candidate = fixture.Client.GetGrain<ICandidateGrain>(id);
        ExamDay.Expect(await candidate.RegisterAsync(new CandidateProfile("赵桂兰", id, "潞州区", []), "centre"));
        var track = fixture.Client.GetGrain<ICertificationTrackGrain>(ExamDay.Track5);
        var factId = $"enrolment/{ExamDay.Track5}/{id}";

        fixture.Enrolments.CrashNextAppend();
        await Assert.ThrowsAnyAsync<Exception>(() => track.RegisterCandidateAsync(id, ExamDay.WorkYears(2), "centre"));
        var storedBeforeRestart = fixture.Enrolments.Stored.GetValueOrDefault(factId);
        // The restart: the candidate's grain comes back from its saved state, outbox included.
        await candidate.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var enrolled = (await candidate.GetAsync())!.Enrolments;
        var retried = await track.RegisterCandidateAsync(id, ExamDay.WorkYears(2), "centre");
        var listed = await track.ListEnrolledAsync();

        Assert.Equal(0, storedBeforeRestart);
        Assert.Single(enrolled, e => e.TrackKey == ExamDay.Track5);
        Assert.True(retried.Accepted, retried.Refusal);
        Assert.Equal(1, fixture.Enrolments.Stored.GetValueOrDefault(factId));
        Assert.Single(listed, listedId => listedId == id);
    }

    [Fact]
    public async Task Enrol_TwentyMore_AreCountedFromTheRecordStore()
    {
        var track = fixture.Client.GetGrain<ICertificationTrackGrain>(ExamDay.Track5);
        await new ExamDay(fixture).EnrolAsync(1);
        var before = (await track.GetAsync())!.Enrolled;

        await new ExamDay(fixture).EnrolAsync(20);
        var after = await track.GetAsync();

        Assert.Equal(before + 20, after!.Enrolled);
    }
}
