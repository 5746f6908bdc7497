using CertEngine.Storage.Migrations;
using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Records.Candidates;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Publicity;
using CertEngine.Storage.Records.Tickets;
using CertEngine.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertEngine.Storage.Tests.Records;

/// <summary>The candidate directory (migration 0007) on a real database of each dialect: search, filters, stages, paging.</summary>
public abstract class CandidateDirectoryContractTests(StorageTarget target)
{
    private const string Track5 = "4-10-01-06/家务服务员/5";
    private const string Track4 = "4-10-01-06/家务服务员/4";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private StorageSettings _settings = null!;

    [StorageFact]
    public async Task Search_LatestProfile_IsFoundByNameCountyTagPhoneWholeNumberOrNumberEnding_LiteralPercent()
    {
        var (facts, directory) = await StoresAsync();
        await facts.AppendAsync([
            Profile("001X", 1, "王秀英", "潞州区", "2026春季班", 0),
            Profile("001X", 2, "王秀英", "上党区", "2026春季班,复训", 1, "13800138000"),
            Profile("0021", 1, "李桂芝", "潞州区", "100%_通过", 0),
            Profile("0033", 1, "张伟", "屯留区", "", 0),
        ]);
        // An outbox retried late delivers an older fact after a newer one: the directory keeps the newer.
        await facts.AppendAsync([Profile("0033", 0, "张伟旧名", "屯留区", "", -5)]);

        Assert.Equal(["张伟", "李桂芝", "王秀英"], Names(await SearchAsync(directory, null)));
        Assert.Equal("上党区", Assert.Single((await SearchAsync(directory, "复训")).Candidates).County);
        Assert.Equal(["李桂芝"], Names(await SearchAsync(directory, "潞州")));
        Assert.Equal(["李桂芝"], Names(await SearchAsync(directory, "100%_")));
        Assert.Empty(Names(await SearchAsync(directory, "10%")));
        Assert.Equal(["王秀英"], Names(await SearchAsync(directory, "01001x")));
        Assert.Equal(["王秀英"], Names(await SearchAsync(directory, "1404021980010100" + "1x")));
        Assert.Equal(["王秀英"], Names(await SearchAsync(directory, "0013800")));
        Assert.Equal("13800138000", (await SearchAsync(directory, "王")).Candidates[0].Phone);
        // The middle of a number, or fewer than four of its last characters, finds nobody: no guessing by birth date.
        Assert.Empty(Names(await SearchAsync(directory, "19800101")));
        Assert.Empty(Names(await SearchAsync(directory, "21")));
    }

    [StorageFact]
    public async Task Search_ByTrackAndStage_ShowsTheFurthestStageOnThatTrack()
    {
        var (facts, directory) = await StoresAsync();
        var enrolments = new SqlEnrolmentStore(_settings);
        await facts.AppendAsync([Profile("0001", 1, "甲", "", "", 0), Profile("0002", 1, "乙", "", "", 0), Profile("0003", 1, "丙", "", "", 0), Profile("0004", 1, "丁", "", "", 0)]);
        await enrolments.AppendAsync([Enrolment(Track5, "0002"), Enrolment(Track5, "0003"), Enrolment(Track5, "0004"), Enrolment(Track4, "0001")]);
        await facts.AppendAsync([
            new ComponentResultFact("result/0003/1", Monday, Track5, Id("0003"), "Theory", 70m, 60m, new DateOnly(2026, 11, 23), "S-1", false),
            new ComponentResultFact("result/0004/1", Monday, Track5, Id("0004"), "Theory", 80m, 60m, new DateOnly(2026, 11, 23), "S-1", false),
            new CertificateIssuedFact("certificate/N4", Monday, "N4", "skill-level", Track5, Id("0004"), "丁", "4-10-01-06", "家务服务员", 5, new DateOnly(2026, 11, 30), "manager"),
        ]);

        var onTrack = await directory.SearchAsync(new CandidateSearch(null, [], Track5, null, 0, 10));
        var examined = await directory.SearchAsync(new CandidateSearch(null, [], Track5, CandidateStage.Examined, 0, 10));
        var enrolledAnywhere = await directory.SearchAsync(new CandidateSearch(null, [], null, CandidateStage.Enrolled, 0, 10));
        var onTrack4 = await directory.SearchAsync(new CandidateSearch(null, [], Track4, null, 0, 10));

        Assert.Equal([("丁", CandidateStage.Certified), ("丙", CandidateStage.Examined), ("乙", CandidateStage.Enrolled)],
            onTrack.Candidates.Select(c => (c.Name, c.Stage)));
        Assert.Equal(3, onTrack.Total);
        Assert.Equal(["丙"], Names(examined));
        Assert.Equal(["乙", "甲"], Names(enrolledAnywhere).Order(StringComparer.Ordinal));
        Assert.Equal([("甲", CandidateStage.Enrolled)], onTrack4.Candidates.Select(c => (c.Name, c.Stage)));
    }

    [StorageFact]
    public async Task Search_MarksWhoHasAPhoto_AndListsOnlyThoseWithoutOne()
    {
        var (facts, directory) = await StoresAsync();
        await facts.AppendAsync([Profile("0001", 1, "甲", "", "", 0), Profile("0002", 1, "乙", "", "", 0), Profile("0003", 1, "丙", "", "", 0)]);
        var photos = new SqlCandidatePhotoStore(_settings);
        await photos.SaveAsync(new CandidatePhoto(Id("0002"), [0xFF, 0xD8, 0xFF, 0xD9], "sha", 295, 413, "centre", Monday));

        var all = await directory.SearchAsync(new CandidateSearch(null, [], null, null, 0, 10));
        var without = await directory.SearchAsync(new CandidateSearch(null, [], null, null, 0, 10, WithoutPhotoOnly: true));

        Assert.Equal([("丙", false), ("乙", true), ("甲", false)], all.Candidates.Select(c => (c.Name, c.HasPhoto)));
        Assert.Equal(["丙", "甲"], Names(without));
        Assert.Equal(2, without.Total);
    }

    [StorageFact]
    public async Task Search_Pages_InNameThenNumberOrder_WithTheTotal_AndTicketHoldersMatchWhateverTheText()
    {
        var (facts, directory) = await StoresAsync();
        await facts.AppendAsync(Enumerable.Range(0, 7).Select(i => Profile($"00{i}1", 1, i % 2 == 0 ? "王芳" : "李娜", "", "", i)).Cast<RecordFact>().ToList());

        var pages = new List<CandidateListingPage>();
        for (var skip = 0; skip < 7; skip += 3)
        {
            pages.Add(await directory.SearchAsync(new CandidateSearch("", [], null, null, skip, 3)));
        }

        var byTicket = await directory.SearchAsync(new CandidateSearch("ZKZ-0001", [Id("0031")], null, null, 0, 10));

        Assert.All(pages, p => Assert.Equal(7, p.Total));
        Assert.Equal([3, 3, 1], pages.Select(p => p.Candidates.Count));
        var listed = pages.SelectMany(p => p.Candidates).Select(c => (c.Name, c.IdNumber)).ToList();
        Assert.Equal(listed.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.IdNumber, StringComparer.Ordinal), listed);
        Assert.Equal(7, listed.Distinct().Count());
        Assert.Equal([Id("0031")], byTicket.Candidates.Select(c => c.IdNumber));
        Assert.Equal(Id("0031"), await directory.IdNumberOfAsync("0031"));
        Assert.Null(await directory.IdNumberOfAsync("nobody"));
    }

    [StorageFact]
    public async Task Migration0007_FillsTheDirectoryFromTheProfilesStoredBefore_TheLatestEach()
    {
        _settings = await target.CreateEmptyDatabaseAsync();
        var shipped = MigrationCatalog.For(_settings.Dialect);
        await new StorageMigrator(_settings, NullLogger<StorageMigrator>.Instance, shipped.Take(6).ToList()).MigrateAsync();
        await using (var connection = await StorageConnections.OpenAsync(_settings, CancellationToken.None))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection,
                "INSERT INTO certenginecandidates (factid, internalid, idnumber, name, county, tags, actor, atus) VALUES (@FactId, @InternalId, @IdNumber, @Name, '', '', 'centre', @AtUs);",
                new[]
                {
                    new { FactId = "candidate/0001/1", InternalId = "0001", IdNumber = Id("0001"), Name = "旧名", AtUs = 1L },
                    new { FactId = "candidate/0001/2", InternalId = "0001", IdNumber = Id("0001"), Name = "新名", AtUs = 2L },
                    new { FactId = "candidate/0002/1", InternalId = "0002", IdNumber = Id("0002"), Name = "乙", AtUs = 1L },
                });
        }

        await new StorageMigrator(_settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        var page = await new SqlCandidateDirectory(_settings).SearchAsync(new CandidateSearch(null, [], null, null, 0, 10));

        Assert.Equal([("乙", ""), ("新名", "")], page.Candidates.Select(c => (c.Name, c.Phone)));
    }

    [StorageFact]
    public async Task Search_PartOfAnAdmissionTicket_FindsItsHolders_FromBatchesAndNotices_AnyCase_FromFourCharacters()
    {
        var (facts, directory) = await StoresAsync();
        await facts.AppendAsync([Profile("0011", 1, "王秀英", "", "", 0), Profile("0022", 1, "李桂芝", "", "", 0), Profile("0033", 1, "张伟", "", "", 0)]);
        var batches = new SqlBatchRecords(_settings);
        Assert.True(await batches.CreateAsync(new BatchRow("b1", Track5, "2026年第12批", "长治市职业技能鉴定中心", new DateOnly(2026, 12, 6), new DateOnly(2026, 12, 6), "manager", Monday)));
        Assert.Null(await batches.AdmitAsync("b1", "T1206-301", [new BatchMember(Id("0011"), "T1206-301-001"), new BatchMember(Id("0022"), "T1206-301-002")], Monday));
        Assert.True(await new SqlPublicityRecords(_settings).PublishAsync(
            new PublicityNotice("p1", Track5, "S-9", null, null, ["Theory"], new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11), 5, 0, "manager", Monday),
            [new PublicityLine(Id("0033"), "gs-7788", "张*", "1404**********0033", "家政服务员", "家务服务员", "五级/初级工", [80m], true)]));

        Assert.Equal(["李桂芝", "王秀英"], Names(await SearchAsync(directory, "T1206-301-00")).Order(StringComparer.Ordinal));
        Assert.Equal(["李桂芝", "王秀英"], Names(await SearchAsync(directory, "t1206")).Order(StringComparer.Ordinal));
        Assert.Equal(["李桂芝"], Names(await SearchAsync(directory, "301-002")));
        Assert.Equal(["张伟"], Names(await SearchAsync(directory, "GS-77")));
        Assert.Empty(Names(await SearchAsync(directory, "T12")));
        Assert.Empty(Names(await SearchAsync(directory, "T1206-301-003")));
    }

    [StorageFact]
    public async Task Search_PartOfATicketOfASittingInNoBatch_FindsItsHolder_UntilTheTicketIsWithdrawn()
    {
        var (facts, directory) = await StoresAsync();
        await facts.AppendAsync([Profile("0011", 1, "王秀英", "", "", 0), Profile("0022", 1, "李桂芝", "", "", 0)]);
        var tickets = new SqlTicketRecords(_settings);
        await tickets.PutAsync("CZ-1207-LL01", Track5, [new SeatTicket(Id("0011"), "zk1207-ll01-001"), new SeatTicket(Id("0022"), "ZK1207-LL01-002")], Monday);

        var both = Names(await SearchAsync(directory, "1207-LL01")).Order(StringComparer.Ordinal).ToList();
        var one = Names(await SearchAsync(directory, "ll01-001"));
        await tickets.RemoveAsync("CZ-1207-LL01", [new SeatTicket(Id("0011"), "ZK1207-LL01-001")]);

        Assert.Equal(["李桂芝", "王秀英"], both);
        Assert.Equal(["王秀英"], one);
        Assert.Empty(Names(await SearchAsync(directory, "ll01-001")));
        Assert.Empty(Names(await SearchAsync(directory, "ZK1")));
    }

    [StorageFact]
    public async Task Names_OfARoster_AreTheLatestProfiles_OfThoseHeld_AcrossChunks()
    {
        var (facts, directory) = await StoresAsync();
        // More than one statement's worth of numbers, so the chunks join up.
        await facts.AppendAsync(Enumerable.Range(0, 1_100).Select(i => Profile(i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), 1, $"考生{i}", "", "", 0)).ToList());
        await facts.AppendAsync([Profile("0007", 2, "改过的名字", "", "", 1)]);

        var all = await directory.NamesAsync(Enumerable.Range(0, 1_100).Select(i => Id(i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))).Append(Id("9999")).ToList());
        var none = await directory.NamesAsync([]);

        Assert.Equal(1_100, all.Count);
        Assert.Equal("改过的名字", all[Id("0007")]);
        Assert.Equal("考生1099", all[Id("1099")]);
        Assert.False(all.ContainsKey(Id("9999")));
        Assert.Empty(none);
    }

    private static string Id(string tail) => "14040219800101" + tail;

    private static CandidateProfileFact Profile(string tail, int n, string name, string county, string tags, int hours, string? phone = null) =>
        new($"candidate/{tail}/{n}", Monday.AddHours(hours), tail, Id(tail), name, county, tags, "centre", phone);

    private static EnrolmentFact Enrolment(string track, string tail) => new(track, Id(tail), "work-years", ["work-1"], Monday, "centre");

    private static IEnumerable<string> Names(CandidateListingPage page) => page.Candidates.Select(c => c.Name);

    private static Task<CandidateListingPage> SearchAsync(ICandidateDirectory directory, string? text) =>
        directory.SearchAsync(new CandidateSearch(text, [], null, null, 0, 50));

    private async Task<(SqlFactStore Facts, SqlCandidateDirectory Directory)> StoresAsync()
    {
        _settings = await target.CreateEmptyDatabaseAsync();
        await new StorageMigrator(_settings, NullLogger<StorageMigrator>.Instance).MigrateAsync();
        return (new SqlFactStore(_settings), new SqlCandidateDirectory(_settings));
    }
}

/// <summary>The candidate directory on a real SQLite file.</summary>
public sealed class SqliteCandidateDirectoryTests(SqliteTarget target) : CandidateDirectoryContractTests(target), IClassFixture<SqliteTarget>;

/// <summary>The candidate directory on the real PostgreSQL that ./test.sh starts.</summary>
[RequiresPostgres]
public sealed class PostgresCandidateDirectoryTests(PostgresTarget target) : CandidateDirectoryContractTests(target), IClassFixture<PostgresTarget>;
