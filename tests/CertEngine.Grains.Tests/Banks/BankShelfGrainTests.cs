using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Banks;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Grains.Library;
using CertEngine.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Grains.Tests.Banks;

/// <summary>
/// Publishing a bank from the web: versions continue after the shipped ones, live in grain storage, are refused with every
/// problem (keeping nothing), never share a number, are audited once, and a track opened on one sits an exam from it.
/// Each bank code here is published by one test only, so the numbers are exact.
/// </summary>
[Collection(BankShelfCollection.Name)]
public sealed class BankShelfGrainTests(BankShelfClusterFixture fixture)
{
    private const string Household = "4-10-01-06";
    private const string Track5 = "4-10-01-06/家务服务员/5";

    [Fact]
    public async Task PublishAsync_Twice_GivesTheNextTwoVersionsAfterTheShippedOnes()
    {
        var shelf = Shelf("ZX-MYHL");
        var draft = new BankDraftUpload(fixture.SourceOf("ZX-MYHL"), "admin-web", "ZX-MYHL.zip");
        var next = (await Library().PublishedVersionsAsync("ZX-MYHL")).Max() + 1;

        Expect(await shelf.SaveDraftAsync(draft));
        var first = await shelf.PublishAsync("admin-web");
        var again = await shelf.PublishAsync("admin-web");
        Expect(await shelf.SaveDraftAsync(draft));
        var second = await shelf.PublishAsync("admin-web");
        var stored = await fixture.Client.GetGrain<IPublishedBankGrain>($"ZX-MYHL/{next + 1}").GetAsync();

        Assert.Equal((next, next + 1), (first.Version?.Version, second.Version?.Version));
        Assert.Null(again.Version);
        Assert.Equal($"PublicationAlreadyPublished({next})", ExamDay.Why(again.Reason));
        Assert.Equal([next, next + 1], (await shelf.GetAsync()).Versions.Select(v => v.Version));
        Assert.Equal(("admin-web", ExamLibrary.Sha256(stored!.ManifestYaml), ExamLibrary.Sha256(stored.BankYaml)),
            (stored.Info.PublishedBy, stored.Info.ManifestSha256, stored.BankSha256));
        Assert.Contains($"version: {next + 1}", stored.ManifestYaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_DraftWithAnError_PublishesNothingAndNamesFileAndLine()
    {
        var files = fixture.SourceOf(Household);
        var laundry = files.FindIndex(f => f.Path == "items/laundry-5.yaml");
        var text = files[laundry].Text;
        var at = text.IndexOf("    key: B\n", StringComparison.Ordinal);
        files[laundry] = files[laundry] with { Text = text[..at] + "    key: E\n" + text[(at + "    key: B\n".Length)..] };
        var line = text[..at].Count(c => c == '\n') + 1;
        var shelf = Shelf(Household);
        var before = (await shelf.GetAsync()).Versions.Count;
        var next = (await Library().PublishedVersionsAsync(Household)).Max() + 1;

        Expect(await shelf.SaveDraftAsync(new BankDraftUpload(files, "admin-web", "broken")));
        var reply = await shelf.PublishAsync("admin-web");

        Assert.Null(reply.Version);
        var problem = Assert.Single(reply.Problems, p => p.Rule == BankRules.KeyNotAnOption);
        Assert.Equal(("items/laundry-5.yaml", line), (problem.File, problem.Line));
        Assert.Equal(before, (await shelf.GetAsync()).Versions.Count);
        Assert.Null(await fixture.Client.GetGrain<IPublishedBankGrain>($"{Household}/{next}").GetAsync());
        Assert.Empty(await fixture.Client.GetGrain<IAuditTrailGrain>($"bank/{Household}/{next}").GetAsync());
    }

    [Fact]
    public async Task PublishAsync_ItemChangedWithoutRaisedVersion_IsRefusedAgainstTheShippedVersion()
    {
        var files = fixture.SourceOf(Household);
        // laun5-001 is still the published version 1 of its item; its stem changes, its version does not.
        const string path = "items/laundry-5.yaml";
        var laundry = files.FindIndex(f => f.Path == path);
        var text = files[laundry].Text;
        var stem = text.IndexOf("stem: ", text.IndexOf("id: laun5-001\n", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = text.IndexOf('\n', stem);
        files[laundry] = files[laundry] with { Text = text[..end] + "（改动）" + text[end..] };
        var shelf = Shelf(Household);
        var before = (await shelf.GetAsync()).Versions.Count;

        Expect(await shelf.SaveDraftAsync(new BankDraftUpload(files, "admin-web", "changed")));
        var reply = await shelf.PublishAsync("admin-web");

        Assert.Null(reply.Version);
        Assert.Contains(reply.Problems, p => p.File == path && p.Message.Contains("内容与第 1 版不同", StringComparison.Ordinal));
        Assert.Equal(before, (await shelf.GetAsync()).Versions.Count);
    }

    [Fact]
    public async Task PublishAsync_Concurrently_NeverGivesANumberTwice()
    {
        // A bank of its own (no shipped version): ZX-MYHL's source under another code.
        var files = fixture.SourceOf("ZX-MYHL").Select(f => f.Path == BankLoader.OccupationFile
            ? f with { Text = f.Text.Replace("code: ZX-MYHL", "code: ZX-CONC", StringComparison.Ordinal) }
            : f).ToList();
        var shelf = Shelf("ZX-CONC");
        var draft = new BankDraftUpload(files, "admin-web", "concurrent");

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            Expect(await shelf.SaveDraftAsync(draft with { Actor = $"admin-{i}" }));
            return await shelf.PublishAsync($"admin-{i}");
        }));

        var numbers = replies.Where(r => r.Version is not null).Select(r => r.Version!.Version).Order().ToList();
        Assert.NotEmpty(numbers);
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.Equal(numbers, (await shelf.GetAsync()).Versions.Select(v => v.Version));
        Assert.All(replies.Where(r => r.Version is null), r => Assert.Equal(RefusalCode.PublicationAlreadyPublished, r.Reason?.Code));
        foreach (var number in numbers)
        {
            Assert.Single(await fixture.Client.GetGrain<IAuditTrailGrain>($"bank/ZX-CONC/{number}").GetAsync());
        }
    }

    [Fact]
    public async Task StoreAsync_TwoWritersOfOneNumber_OnlyTheFirstIsKept()
    {
        var grain = fixture.Client.GetGrain<IPublishedBankGrain>("ZX-ONCE/1");
        PublishedBankRecord Record(string by) => new(new PublishedBankInfo(1, by, fixture.Clock.GetUtcNow(), 0, 0, "m"), "ZX-ONCE", "b", "m", "b");

        var replies = await Task.WhenAll(grain.StoreAsync(Record("first")), grain.StoreAsync(Record("second")));

        Assert.Equal(1, replies.Count(r => r.Accepted));
        Assert.Equal(replies[0].Accepted ? "first" : "second", (await grain.GetAsync())!.Info.PublishedBy);
    }

    [Fact]
    public async Task OpenAsync_OnAWebPublishedVersion_SitsAnExamFromIt()
    {
        var files = fixture.SourceOf(Household);
        var laundry = files.FindIndex(f => f.Path == "items/laundry-5.yaml");
        var lines = files[laundry].Text.Split('\n').Select(l => l switch
        {
            _ when l.StartsWith("    version: ", StringComparison.Ordinal) => $"    version: {int.Parse(l["    version: ".Length..], System.Globalization.CultureInfo.InvariantCulture) + 1}",
            _ when l.StartsWith("    stem: ", StringComparison.Ordinal) => l + "（新版）",
            _ => l,
        });
        files[laundry] = files[laundry] with { Text = string.Join('\n', lines) };
        var shelf = Shelf(Household);
        var next = (await Library().PublishedVersionsAsync(Household)).Max() + 1;
        Expect(await shelf.SaveDraftAsync(new BankDraftUpload(files, "admin-web", "v2")));

        var published = await shelf.PublishAsync("admin-web");
        var opened = await fixture.Client.GetGrain<ICertificationTrackGrain>(Track5).OpenAsync(next, "manager");
        var ids = await EnrolAsync(2);
        var sessionId = "S-" + Guid.NewGuid().ToString("N")[..10];
        var session = fixture.Client.GetGrain<IExamSessionGrain>(sessionId);
        Expect(await session.ScheduleAsync(Plan(ids), "manager"));
        Expect(await session.OpenCheckInAsync("proctor-1"));
        foreach (var id in ids)
        {
            Expect(await session.CheckInAsync(id, "proctor-1", true));
        }

        Expect(await session.StartAsync("proctor-1"));
        var attempt = fixture.Client.GetGrain<IAttemptGrain>($"{sessionId}/{ids[0]}");
        var paper = (await attempt.GetPaperAsync())!;
        var record = (await attempt.GetPaperRecordAsync())!;
        Assert.True((await attempt.SaveAnswerAsync(0, [paper.Questions[0].Type == "judge" ? "true" : "A"])).Saved);
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(31));
        Expect(await attempt.SubmitAsync());
        var result = await attempt.GetResultAsync();
        var trail = await fixture.Client.GetGrain<IAuditTrailGrain>($"bank/{Household}/{next}").GetAsync();

        Assert.Equal(next, published.Version?.Version);
        Assert.True(opened.Accepted, opened.Refusal);
        Assert.Equal((Household, next), (record.BankId, record.BankVersion));
        var fromNew = record.Items.Select((item, index) => (item, index)).Where(x => x.item.StartsWith("laun5-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(fromNew);
        Assert.All(fromNew, x => Assert.EndsWith("（新版）", paper.Questions[x.index].Stem));
        Assert.NotNull(result);
        Assert.Equal(["bank.published", "bank.pinned"], trail.Select(r => r.Action));
        Assert.Equal(("admin-web", $"{Household} v{next} manifest-sha256={published.Version!.ManifestSha256}"), (trail[0].Actor, trail[0].Details));
    }

    [Fact]
    public async Task FindBankAsync_AStoredVersionAskedForByManyAtOnce_IsReadOnceAndANotYetStoredOneIsLookedForAgain()
    {
        using var logs = new LogCapture();
        using var loggers = new LoggerFactory([logs]);
        var library = Library(loggers.CreateLogger<ExamLibrary>());
        var shelf = Shelf("ZX-YLSH");
        var next = (await library.PublishedVersionsAsync("ZX-YLSH")).Max() + 1;
        Expect(await shelf.SaveDraftAsync(new BankDraftUpload(fixture.SourceOf("ZX-YLSH"), "admin-web", "ZX-YLSH.zip")));
        Assert.Equal(next, (await shelf.PublishAsync("admin-web")).Version?.Version);

        var banks = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => library.FindBankAsync("ZX-YLSH", next)));
        var notYet = await library.FindBankAsync("ZX-YLSH", next + 1);
        Expect(await shelf.SaveDraftAsync(new BankDraftUpload(fixture.SourceOf("ZX-YLSH"), "admin-web", "ZX-YLSH.zip")));
        var published = await shelf.PublishAsync("admin-web");
        var later = await library.FindBankAsync("ZX-YLSH", next + 1);

        Assert.All(banks, bank => Assert.Same(banks[0], bank));
        Assert.NotNull(banks[0]);
        Assert.Null(notYet);
        Assert.Equal(next + 1, published.Version?.Version);
        Assert.NotNull(later);
        Assert.Equal(
            [$"Bank ZX-YLSH v{next} read from the store", $"Bank ZX-YLSH v{next + 1} read from the store"],
            logs.Entries.Where(e => e.EventId == 2600).Select(e => e.Message[..e.Message.IndexOf(" in ", StringComparison.Ordinal)]));
    }

    private IBankShelfGrain Shelf(string code) => fixture.Client.GetGrain<IBankShelfGrain>(code);

    private ExamLibrary Library(ILogger<ExamLibrary>? logger = null) =>
        new(Microsoft.Extensions.Options.Options.Create(new ExamLibraryOptions { BankRoot = fixture.BankRoot }), fixture.Client, logger ?? NullLogger<ExamLibrary>.Instance);

    private async Task<List<string>> EnrolAsync(int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = ExamDay.NewIdNumber();
            Expect(await fixture.Client.GetGrain<ICandidateGrain>(id).RegisterAsync(new CandidateProfile($"考生{i:00}", id, "潞州区", ["太行家政"]), "centre"));
            Expect(await fixture.Client.GetGrain<ICertificationTrackGrain>(Track5).RegisterCandidateAsync(id, ExamDay.WorkYears(2), "centre"));
            ids.Add(id);
        }

        return ids;
    }

    private SessionPlan Plan(IReadOnlyList<string> ids) => new(
        Track5, ExamComponent.Theory, "长治市职业技能鉴定中心", "301", fixture.Clock.GetUtcNow().AddMinutes(20), 90,
        ["proctor-1", "proctor-2"], ids.Select((id, i) => new SeatAssignment(id, i + 1, ExamDay.TicketOf(id))).ToList(), [], null);

    private static void Expect(CommandReply reply) => Assert.True(reply.Accepted, $"{reply.Refusal} {reply.Reason}");
}
