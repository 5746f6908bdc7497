using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Tracks;
using Orleans.Core.Internal;

namespace CertEngine.Grains.Tests;

/// <summary>
/// Submitted attempts, component results and certificates reach the record store's tables through the grains' outboxes:
/// every response of a paper, the latest result, each status change; exactly once, also across a crash.
/// </summary>
[Collection(ExamClusterCollection.Name)]
public sealed class RecordFactTests(ExamClusterFixture fixture)
{
    private const string Bank = "4-10-01-06";

    private readonly ExamDay _day = new(fixture);

    private ICertificationTrackGrain Track => fixture.Client.GetGrain<ICertificationTrackGrain>(ExamDay.Track5);

    private IAttemptGrain Attempt(string id) => fixture.Client.GetGrain<IAttemptGrain>($"{_day.SessionId}/{id}");

    [Fact]
    public async Task Submit_EveryResponseAndTheResultAreStored_AsAnsweredAndGraded()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var paper = (await Attempt(ids[0]).GetPaperAsync())!;
        var single = paper.Questions.First(q => q.Type == "single").Index;
        Assert.True((await Attempt(ids[0]).SaveAnswerAsync(single, ["B"])).Saved);

        var result = (await Attempt(ids[0]).ForceSubmitAsync("proctor-1"))!;
        var rows = (await fixture.Facts.ResponsesAsync(Bank, 1, 0, 10_000)).Where(r => r.AttemptKey == $"{_day.SessionId}/{ids[0]}").ToList();
        var results = (await fixture.Facts.ComponentResultsAsync(ExamDay.Track5, 0, 10_000)).Where(r => r.IdNumber == ids[0]).ToList();

        Assert.Equal(paper.Questions.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(("submitted", result.Score), (r.Kind, r.AttemptScore)));
        var answered = rows.Single(r => r.Position == single);
        Assert.Equal(answered.Shown.Split(',')[1], answered.Answer);   // display B is the second option shown
        Assert.All(rows.Where(r => r.Position != single), r => Assert.Equal(("", false), (r.Answer, r.Correct)));
        Assert.Equal(result.Score, Assert.Single(results).Score);
        Assert.Equal(("Theory", _day.SessionId), (results[0].Component, results[0].SessionId));
    }

    [Fact]
    public async Task Submit_KilledBetweenStateAndFact_TheFactIsStoredOnceAfterTheRestart()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var factId = $"attempt/{_day.SessionId}/{ids[0]}/submitted";

        fixture.Facts.CrashNextAppend();
        await Assert.ThrowsAnyAsync<Exception>(() => Attempt(ids[0]).ForceSubmitAsync("proctor-1"));
        var storedBeforeRestart = fixture.Facts.Stored.GetValueOrDefault(factId);
        await Attempt(ids[0]).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var result = await Attempt(ids[0]).GetResultAsync();   // the restart: activation hands the saved outbox over
        var again = await Attempt(ids[0]).ForceSubmitAsync("proctor-1");
        await Attempt(ids[0]).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Attempt(ids[0]).GetResultAsync();

        var results = await fixture.Client.GetGrain<ICandidateGrain>(ids[0]).GetResultsAsync(ExamDay.Track5);
        var internalId = (await fixture.Client.GetGrain<ICandidateGrain>(ids[0]).GetAsync())!.InternalId;
        var resultFacts = fixture.Facts.Stored.Keys.Count(key => key.StartsWith($"result/{internalId}/", StringComparison.Ordinal));

        Assert.Equal(0, storedBeforeRestart);
        Assert.NotNull(result);
        Assert.Equal(result.Score, again!.Score);
        Assert.Equal(1, fixture.Facts.Stored.GetValueOrDefault(factId));
        // The crash also came before the candidate's grain had the result: the restart delivered it, once.
        Assert.Equal(result.Score, Assert.Single(results).Score);
        Assert.Equal(1, resultFacts);
    }

    [Fact]
    public async Task Submit_ResultDeliveryTimedOut_TheDeadlineReminderDeliversIt()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var candidate = fixture.Client.GetGrain<ICandidateGrain>(ids[0]);

        fixture.ResultDelivery.FailNext();
        await Assert.ThrowsAnyAsync<TimeoutException>(() => Attempt(ids[0]).ForceSubmitAsync("proctor-1"));
        var before = await candidate.GetResultsAsync(ExamDay.Track5);
        // The deadline reminder ticks on (the submit never reached the step that clears it) while the attempt stays active.
        await Attempt(ids[0]).Cast<IRemindable>().ReceiveReminder("deadline", new TickStatus(ExamClusterFixture.Epoch.UtcDateTime, TimeSpan.FromMinutes(1), ExamClusterFixture.Epoch.UtcDateTime));
        var after = await candidate.GetResultsAsync(ExamDay.Track5);
        var result = await Attempt(ids[0]).GetResultAsync();

        Assert.Empty(before);
        Assert.Equal(result!.Score, Assert.Single(after).Score);
    }

    [Fact]
    public async Task Certificate_IssueAndEveryStatusChange_AreStored_WithTheCurrentStatus()
    {
        var ids = await _day.EnrolAsync(1);
        await RecordAsync(ids[0], ExamComponent.Theory, 80);
        await RecordAsync(ids[0], ExamComponent.Practical, 70);
        var number = (await Track.IssueCertificateAsync(ids[0], "manager")).Number!;
        var certificate = fixture.Client.GetGrain<ICertificateGrain>(number);
        var issued = await StoredAsync(number);

        ExamDay.Expect(await certificate.SuspendAsync("manager", "举报待核查"));
        var suspended = await StoredAsync(number);
        fixture.Facts.CrashNextAppend();
        await Assert.ThrowsAnyAsync<Exception>(() => certificate.ReinstateAsync("manager", "核查无误"));
        await certificate.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var snapshot = (await certificate.GetAsync())!;
        var reinstated = await StoredAsync(number);

        Assert.Equal(("valid", ids[0], 5), (issued.Status, issued.IdNumber, issued.Level));
        Assert.Equal("suspended", suspended.Status);
        Assert.Equal("valid", snapshot.Status);
        Assert.Equal("valid", reinstated.Status);
        Assert.All(Enumerable.Range(0, 3), n => Assert.Equal(1, fixture.Facts.Stored.GetValueOrDefault($"certificate/{number}/status/{n}")));
        Assert.Equal(1, fixture.Facts.Stored.GetValueOrDefault($"certificate/{number}"));
    }

    [Fact]
    public async Task Results_ALaterResultForTheSameSitting_SupersedesTheFirst()
    {
        var ids = await _day.EnrolAsync(1);

        await RecordAsync(ids[0], ExamComponent.Theory, 55);
        await RecordAsync(ids[0], ExamComponent.Theory, 61);
        var results = (await fixture.Facts.ComponentResultsAsync(ExamDay.Track5, 0, 10_000)).Where(r => r.IdNumber == ids[0]).ToList();

        Assert.Equal(61m, Assert.Single(results).Score);
    }

    [Fact]
    public async Task PracticalSheets_EveryMarkPerCriterionAndTheRuling_AreStored()
    {
        var ids = await _day.EnrolAsync(1);
        await _day.ReadySessionAsync(ids, ExamComponent.Practical);
        var practical = fixture.Client.GetGrain<IPracticalAttemptGrain>($"{_day.SessionId}/{ids[0]}");
        var task = (await practical.GetAssessorViewAsync("assessor-1"))!.Tasks[0];
        ScoreSheet Sheet(decimal first) => new(task.Rubric.Select((r, i) => (r.Id, Points: i == 0 ? first : r.Points)).ToDictionary(x => x.Id, x => x.Points), [], "现场记录");

        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-1", task.TaskId, Sheet(task.Rubric[0].Points)));
        ExamDay.Expect(await practical.SubmitSheetAsync("assessor-2", task.TaskId, Sheet(0)));
        fixture.Facts.CrashNextAppend();
        await Assert.ThrowsAnyAsync<Exception>(() => practical.SubmitSheetAsync("assessor-3", task.TaskId, new ScoreSheet(task.Rubric.ToDictionary(r => r.Id, _ => 0m), [], null)));
        await practical.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        ExamDay.Expect(await practical.AdjudicateAsync("assessor-1", task.TaskId, 80, "复核录像后确认"));
        var sheets = await fixture.Facts.PracticalSheetsAsync(_day.SessionId, 0, 100);

        Assert.Equal(["assessor-1", "assessor-2", "assessor-3"], sheets.Select(s => s.Assessor));
        Assert.All(sheets, s => Assert.Equal((task.TaskId, 80m), (s.TaskId, s.Adjudicated)));
        Assert.Equal(task.Rubric.Select(r => r.Id).Order(), sheets[0].Marks.Keys.Order());
        Assert.Equal(0m, sheets[1].Marks[task.Rubric[0].Id]);
        Assert.Equal(task.Rubric.Sum(r => r.Points), sheets[0].Total);
        Assert.Equal(0m, sheets[2].Total);
        Assert.Equal(1, fixture.Facts.Stored.GetValueOrDefault($"practical/{_day.SessionId}/{ids[0]}/{task.TaskId}/sheet/assessor-3"));
    }

    [Fact]
    public async Task Register_TheLatestProfileIsStored_AndAnUnchangedOneIsNotStoredAgain()
    {
        var id = ExamDay.NewIdNumber();
        var candidate = fixture.Client.GetGrain<ICandidateGrain>(id);
        var tag = "班" + Guid.NewGuid().ToString("N")[..8];

        ExamDay.Expect(await candidate.RegisterAsync(new CandidateProfile("郭翠兰", id, "潞州区", [tag]), "centre"));
        ExamDay.Expect(await candidate.RegisterAsync(new CandidateProfile("郭翠兰", id, "潞州区", [tag]), "centre"));
        var first = await fixture.Facts.CandidatesAsync(tag, 0, 10);
        ExamDay.Expect(await candidate.RegisterAsync(new CandidateProfile("郭翠兰", id, "上党区", [tag, "复训"]), "registrar"));
        var byTag = await fixture.Facts.CandidatesAsync(tag, 0, 10);
        var byNumber = await fixture.Facts.CandidatesAsync(id[^6..], 0, 10);
        var internalId = (await candidate.GetAsync())!.InternalId;

        Assert.Equal("潞州区", Assert.Single(first).County);
        var latest = Assert.Single(byTag);
        Assert.Equal("上党区", latest.County);
        Assert.Equal([tag, "复训"], latest.Tags);
        Assert.Contains(byNumber, c => c.IdNumber == id);
        Assert.Equal(2, fixture.Facts.Stored.Keys.Count(key => key.StartsWith($"candidate/{internalId}/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Edit_ChangesTheProfileButNeverTheIdNumber_AndARegistrationWithoutAPhoneKeepsTheOneHeld()
    {
        var id = ExamDay.NewIdNumber();
        var candidate = fixture.Client.GetGrain<ICandidateGrain>(id);
        ExamDay.Expect(await candidate.RegisterAsync(new CandidateProfile("郭翠兰", id, "潞州区", []), "centre"));

        var otherNumber = await candidate.EditAsync(new CandidateProfile("郭翠兰", ExamDay.NewIdNumber(), "潞州区", [], "13800138000"), "registrar");
        var badPhone = await candidate.EditAsync(new CandidateProfile("郭翠兰", id, "潞州区", [], "2021234"), "registrar");
        ExamDay.Expect(await candidate.EditAsync(new CandidateProfile("郭翠兰", id, "潞州区", [], "13800138000"), "registrar"));
        ExamDay.Expect(await candidate.RegisterAsync(new CandidateProfile("郭翠兰", id, "上党区", []), "centre"));
        var unregistered = await fixture.Client.GetGrain<ICandidateGrain>(ExamDay.NewIdNumber()).EditAsync(new CandidateProfile("无名", id, null, []), "registrar");

        Assert.Equal("CandidateIdMismatch()", ExamDay.Why(otherNumber.Reason));
        Assert.Equal("CandidatePhoneInvalid()", ExamDay.Why(badPhone.Reason));
        Assert.Equal("CandidateNotRegistered()", ExamDay.Why(unregistered.Reason));
        var profile = (await candidate.GetAsync())!.Profile;
        Assert.Equal((id, "上党区", "13800138000"), (profile.IdNumber, profile.County, profile.Phone));
    }

    private Task RecordAsync(string id, ExamComponent component, decimal score) =>
        fixture.Client.GetGrain<ICandidateGrain>(id).RecordResultAsync(
            new ComponentResultRecord(ExamDay.Track5, component, score, 60, DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime), "S-" + component, false));

    private async Task<Storage.Records.Facts.CertificateRow> StoredAsync(string number) =>
        (await fixture.Facts.CertificatesAsync(ExamDay.Track5, 0, 10_000)).Single(c => c.Number == number);
}
