using CertEngine.Contracts;
using CertEngine.Contracts.Banks;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Grains.Library;

namespace CertEngine.Grains.Tests.Tracks;

/// <summary>
/// Track rules published from the web: numbered per code from 1, refused whole with every problem, never sharing a
/// number; a track pins the newest version when opened and moves only by adopting, and a sitting keeps the rules it was
/// scheduled under. Only the first test publishes ZX-MYHL rules, so its numbers are exact; the others count from the newest.
/// </summary>
[Collection(TrackRulesCollection.Name)]
public sealed class TrackRulesGrainTests(TrackRulesClusterFixture fixture)
{
    private const string Household = "4-10-01-06";
    private const string Track5 = "4-10-01-06/家务服务员/5";
    private const string Track4 = "4-10-01-06/家务服务员/4";
    private static int _sequence;

    [Fact]
    public async Task PublishAsync_Twice_GivesVersionsOneThenTwo_KeptWithTextHashAndAudit()
    {
        var rules = fixture.Client.GetGrain<ITrackRulesGrain>("ZX-MYHL");
        var first = fixture.SpecialtyWithPractical(150);
        var second = fixture.SpecialtyWithPractical(180);

        var one = await rules.PublishAsync(new TrackRulesPublication(first, "延长操作考核", "admin-web"));
        var again = await rules.PublishAsync(new TrackRulesPublication(first, "再发一次", "admin-web"));
        var two = await rules.PublishAsync(new TrackRulesPublication(second, "再延长", "manager-web"));
        var stored = await rules.GetVersionAsync(2);
        var audit = await fixture.Client.GetGrain<IAuditTrailGrain>("track-rules/ZX-MYHL/2").GetAsync();

        Assert.Equal((1, 2), (one.Version?.Version, two.Version?.Version));
        Assert.Equal("PublicationSameAsNewest(1)", ExamDay.Why(again.Reason));
        Assert.Equal([1, 2], (await rules.ListAsync()).Select(v => v.Version));
        Assert.Equal((second, ExamLibrary.Sha256(second), "manager-web", "再延长", fixture.Clock.GetUtcNow()),
            (stored!.Yaml, stored.Info.Sha256, stored.Info.PublishedBy, stored.Info.Note, stored.Info.PublishedAt));
        var record = Assert.Single(audit);
        Assert.Equal(("track.rules.published", "manager-web", "再延长"), (record.Action, record.Actor, record.Reason));
        Assert.StartsWith($"ZX-MYHL rules v2 sha256={ExamLibrary.Sha256(second)}", record.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_TheoryBelowTheStandard_PublishesNothingAndNamesTheLine()
    {
        var rules = fixture.Client.GetGrain<ITrackRulesGrain>(Household);
        var before = await rules.ListAsync();
        var text = fixture.HouseholdWithTheory(60, 60);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("minutes: 60", StringComparison.Ordinal)) + 1;

        var reply = await rules.PublishAsync(new TrackRulesPublication(text, "缩短理论", "admin-web"));
        var noNote = await rules.PublishAsync(new TrackRulesPublication(fixture.HouseholdWithTheory(100, 60), " ", "admin-web"));

        Assert.Null(reply.Version);
        Assert.NotEmpty(reply.Problems);
        Assert.All(reply.Problems, p => Assert.Equal(("tracks/4-10-01-06.yaml", line), (p.File, p.Line)));
        Assert.Equal("PublicationNoteRequired()", ExamDay.Why(noNote.Reason));
        Assert.Equal(before, await rules.ListAsync());
        Assert.Empty(await fixture.Client.GetGrain<IAuditTrailGrain>($"track-rules/{Household}/{before.Count + 1}").GetAsync());
    }

    [Fact]
    public async Task PublishAsync_Concurrently_GivesDistinctConsecutiveNumbers()
    {
        var rules = fixture.Client.GetGrain<ITrackRulesGrain>(Household);
        var before = (await rules.ListAsync()).Count;

        var replies = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            rules.PublishAsync(new TrackRulesPublication(fixture.HouseholdWithTheory(100 + i, 60, $"   # copy {i}"), $"并发 {i}", "admin-web"))));

        Assert.Equal(Enumerable.Range(before + 1, 4), replies.Select(r => r.Version!.Version).Order());
        Assert.Equal(Enumerable.Range(1, before + 4), (await rules.ListAsync()).Select(v => v.Version));
    }

    [Fact]
    public async Task OpenAsync_AfterPublishing_PinsTheNewestRulesVersion()
    {
        var published = await PublishHouseholdAsync(110, 65);
        var track = fixture.Client.GetGrain<ICertificationTrackGrain>(Track4);

        ExamDay.Expect(await track.OpenAsync(1, "admin"));
        var summary = (await track.GetAsync())!;

        Assert.Equal(published, summary.RulesVersion);
        Assert.Equal((110, 65m), Theory(summary));
    }

    [Fact]
    public async Task AdoptRulesAsync_NewerVersion_ChangesNewSittingsWhileAStartedAttemptKeepsItsOwn()
    {
        var older = await PublishHouseholdAsync(100, 60);
        var track = fixture.Client.GetGrain<ICertificationTrackGrain>(Track5);
        ExamDay.Expect(await track.OpenAsync(1, "admin"));
        ExamDay.Expect(await track.AdoptRulesAsync(older, "admin"));
        var first = await EnrolAsync(track);
        var (sitting, _) = await StartAsync(first, 100);
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(10));

        var newer = await PublishHouseholdAsync(120, 70);
        var adopted = await track.AdoptRulesAsync(newer, "manager");
        var second = await EnrolAsync(track);
        var tooShort = await fixture.Client.GetGrain<IExamSessionGrain>(NewId("S")).ScheduleAsync(Plan(second, 100), "manager");
        var (_, fresh) = await StartAsync(second, 120);
        var old = fixture.Client.GetGrain<Contracts.Attempts.IAttemptGrain>($"{sitting}/{first}");
        var oldRemaining = (await old.GetPaperAsync())!.Remaining;
        var oldResult = await old.ForceSubmitAsync("proctor-1");
        var freshResult = await fresh.ForceSubmitAsync("proctor-1");

        ExamDay.Expect(adopted);
        Assert.Equal(TimeSpan.FromMinutes(90), oldRemaining);
        Assert.Equal((60m, 70m), (oldResult!.PassMark, freshResult!.PassMark));
        Assert.Equal("SessionTooShort(100,120)", ExamDay.Why(tooShort));
        Assert.Equal((newer, (120, 70m)), ((await track.GetAsync())!.RulesVersion, Theory((await track.GetAsync())!)));
        var audit = await fixture.Client.GetGrain<IAuditTrailGrain>("track/" + Track5).GetAsync();
        Assert.Equal($"rules {Household} v{older} → v{newer}; bank v1", audit.Last(r => r.Action == "track.rules.adopted").Details);
    }

    [Fact]
    public async Task AdoptRulesAsync_MissingVersionOrUnopenedTrack_IsRefusedAndChangesNothing()
    {
        var track = fixture.Client.GetGrain<ICertificationTrackGrain>("4-10-01-06/家务服务员/3");
        var unopened = await track.AdoptRulesAsync(0, "admin");
        ExamDay.Expect(await track.OpenAsync(1, "admin"));
        var pinned = (await track.GetAsync())!.RulesVersion;

        var missing = await track.AdoptRulesAsync(999, "admin");
        var negative = await track.AdoptRulesAsync(-1, "admin");

        Assert.Equal("TrackNotOpened(4-10-01-06/家务服务员/3)", ExamDay.Why(unopened));
        Assert.Equal("TrackNoRulesVersion(4-10-01-06,999)", ExamDay.Why(missing));
        Assert.False(negative.Accepted);
        Assert.Equal(pinned, (await track.GetAsync())!.RulesVersion);
    }

    [Fact]
    public async Task AdoptRulesAsync_VersionThatBuildsOnlyOnANewerBank_IsRefusedForATrackOnTheOlderBank()
    {
        // Bank v2, published from the web, lowers the standard's theory minimum from 90 to 75 minutes; rules that set
        // 80 minutes then build on v2 (and publish, being checked against the newest bank) but not on the shipped v1.
        var shelf = fixture.Client.GetGrain<IBankShelfGrain>(Household);
        var files = fixture.SourceOf(Household)
            .Select(f => f.Path == "occupation.yaml" ? f with { Text = f.Text.Replace("theory: { minutes: 90,", "theory: { minutes: 75,", StringComparison.Ordinal) } : f)
            .ToList();
        ExamDay.Expect(await shelf.SaveDraftAsync(new BankDraftUpload(files, "admin-web", "4-10-01-06.zip")));
        var bank = await shelf.PublishAsync("admin-web");
        Assert.True(bank.Version is not null, ExamDay.Why(bank.Reason) + string.Join('\n', bank.Problems));
        var track = fixture.Client.GetGrain<ICertificationTrackGrain>("4-10-01-06/家庭照护员/5");
        ExamDay.Expect(await track.OpenAsync(1, "admin"));
        var pinned = (await track.GetAsync())!.RulesVersion;
        var shorter = await PublishHouseholdAsync(80, 60);

        var adopted = await track.AdoptRulesAsync(shorter, "admin");
        var after = (await track.GetAsync())!.RulesVersion;
        await PublishHouseholdAsync(100, 60); // leave a newest version that builds on v1 for the tests after this one

        Assert.Matches($@"^TrackRulesDoNotBuild\({shorter},1\) ← CatalogueComponentTooShort\([^,]+,Theory,\d+,90\)$", ExamDay.Why(adopted));
        Assert.Equal(pinned, after);
        Assert.DoesNotContain(await fixture.Client.GetGrain<IAuditTrailGrain>("track/4-10-01-06/家庭照护员/5").GetAsync(), e => e.Action == "track.rules.adopted");
    }

    private async Task<int> PublishHouseholdAsync(int minutes, int passMark)
    {
        var reply = await fixture.Client.GetGrain<ITrackRulesGrain>(Household).PublishAsync(
            new TrackRulesPublication(fixture.HouseholdWithTheory(minutes, passMark, $"   # {Guid.NewGuid():N}"), $"理论 {minutes} 分钟", "admin-web"));
        Assert.True(reply.Version is not null, ExamDay.Why(reply.Reason) + string.Join('\n', reply.Problems));
        return reply.Version!.Version;
    }

    private async Task<string> EnrolAsync(ICertificationTrackGrain track)
    {
        var id = ExamDay.NewIdNumber();
        ExamDay.Expect(await fixture.Client.GetGrain<ICandidateGrain>(id).RegisterAsync(new CandidateProfile("考生", id, "潞州区", ["太行家政"]), "centre"));
        ExamDay.Expect(await track.RegisterCandidateAsync(id, ExamDay.WorkYears(2), "centre"));
        return id;
    }

    private SessionPlan Plan(string id, int minutes) => new(Track5, ExamComponent.Theory, "长治市职业技能鉴定中心", "301", fixture.Clock.GetUtcNow().AddMinutes(20),
        minutes, ["proctor-1", "proctor-2"], [new SeatAssignment(id, 1, NewId("T"))], [], null);

    private async Task<(string Sitting, Contracts.Attempts.IAttemptGrain Attempt)> StartAsync(string id, int minutes)
    {
        var sitting = NewId("S");
        var session = fixture.Client.GetGrain<IExamSessionGrain>(sitting);
        ExamDay.Expect(await session.ScheduleAsync(Plan(id, minutes), "manager"));
        ExamDay.Expect(await session.OpenCheckInAsync("proctor-1"));
        ExamDay.Expect(await session.CheckInAsync(id, "proctor-1", true));
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        return (sitting, fixture.Client.GetGrain<Contracts.Attempts.IAttemptGrain>($"{sitting}/{id}"));
    }

    private static (int Minutes, decimal PassMark) Theory(TrackSummary summary) =>
        summary.Components.Single(c => c.Component == ExamComponent.Theory) is var theory ? (theory.Minutes, theory.PassMark) : default;

    private static string NewId(string prefix) => $"{prefix}-R{Interlocked.Increment(ref _sequence):0000}-{Guid.NewGuid().ToString("N")[..6]}";
}
