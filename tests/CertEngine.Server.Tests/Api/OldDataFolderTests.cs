using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts.Attempts;
using CertEngine.Grains.Records;
using CertEngine.Server.Cli;
using CertEngine.Storage.Records.Candidates;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Tickets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

/// <summary>Today's server on a copy of the committed data folder of the November 2026 release.</summary>
public sealed class OldDataHost : ApiHost
{
    public OldDataHost()
    {
        Directory.CreateDirectory(DataCopy);
        File.Copy(Path.Combine(Fixture, "certengine.db"), Path.Combine(DataCopy, "certengine.db"));
    }

    /// <summary>The committed fixture folder.</summary>
    public static string Fixture { get; } = Path.Combine(Cli.BankCommandsTests.RepositoryRoot(), "tests", "CertEngine.Server.Tests", "Fixtures", "release-2026-11");

    /// <summary>Where the copy the server runs on lives.</summary>
    public string DataCopy { get; } = Path.Combine(Path.GetTempPath(), "certengine-old-" + Guid.NewGuid().ToString("N")[..8]);

    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("CertEngine:DataDirectory", DataCopy);
}

[CollectionDefinition(Name)]
public sealed class OldDataCollection : ICollectionFixture<OldDataHost>
{
    public const string Name = "old-data";
}

/// <summary>
/// Stored data keeps working: the November 2026 release's data folder opens, its audit trails move into the hash-chained
/// audit log on first start, `audit verify` passes and then names a record changed by one byte, and every certificate
/// the release issued still verifies.
/// </summary>
[Collection(OldDataCollection.Name)]
public sealed class OldDataFolderTests(OldDataHost host)
{
    [Fact]
    public async Task FirstStart_OnTheNovemberRelease_EveryCertificateStillVerifies()
    {
        var client = host.NewClient();
        var lines = await File.ReadAllLinesAsync(Path.Combine(OldDataHost.Fixture, "certificates.txt"));

        var statuses = new List<string?>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            var token = Uri.UnescapeDataString(parts[1][(parts[1].IndexOf("?t=", StringComparison.Ordinal) + 3)..]);
            var answer = await client.GetFromJsonAsync<JsonElement>($"/api/certificates/{parts[0]}/verify?t={Uri.EscapeDataString(token)}");
            statuses.Add(answer.GetProperty("status").GetString());
        }

        Assert.Equal(18, statuses.Count);
        Assert.All(statuses, status => Assert.Equal("valid", status));
    }

    [Fact]
    public async Task FirstStart_OnTheNovemberRelease_MovesEnrolmentsAndSittingListsIntoTheRecordStore()
    {
        var admin = await host.AdminAsync();

        var track = await admin.GetFromJsonAsync<JsonElement>("/api/tracks?key=" + Uri.EscapeDataString(ApiHost.Track5));
        var issuedAgain = await admin.PostAsJsonAsync("/api/tracks/issue", new { key = ApiHost.Track5, idNumber = await FirstHolderAsync(admin) });

        var sittings = await admin.GetFromJsonAsync<JsonElement>("/api/sessions");

        Assert.Equal(2, sittings.GetArrayLength());
        Assert.Equal(30, track.GetProperty("enrolled").GetInt32());
        Assert.Equal(18, track.GetProperty("certificatesIssued").GetInt32());
        Assert.Equal("already-issued", (await issuedAgain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task FirstStart_OnTheNovemberRelease_ATheoryPaperStoredWithTextTypesStillShows()
    {
        await host.AdminAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        // A November attempt stored each question's type and the 多选 policy as text; today's state has enums beside them.
        var paper = await grains.GetGrain<IAttemptGrain>("CZ-20261205-LL01/140402199603189989").GetPaperAsync();

        Assert.NotNull(paper);
        Assert.Equal(AttemptStatus.Submitted, paper.Status);
        Assert.NotEmpty(paper.Questions);
        Assert.All(paper.Questions, q => Assert.Contains(q.Type, new[] { "single", "multiple", "judge" }));
        Assert.Contains(paper.Questions, q => q.Type == "judge");
    }

    private static async Task<string> FirstHolderAsync(HttpClient admin)
    {
        var number = (await File.ReadAllLinesAsync(Path.Combine(OldDataHost.Fixture, "certificates.txt")))[0].Split(' ')[0];
        var record = await admin.GetFromJsonAsync<JsonElement>($"/api/certificates/{number}/record");
        return record.GetProperty("fields").GetProperty("idNumber").GetString()!;
    }

    [Fact]
    public async Task FirstStart_OnTheNovemberRelease_MovesAuditTrailsIntoTheChainedLog()
    {
        var admin = await host.AdminAsync();
        // The sweep over older trails runs beside the started server; wait for it, not for a time.
        await host.Services.GetRequiredService<RecordStoreStartup>().Work.WaitAsync(TimeSpan.FromMinutes(2));

        var issued = await admin.GetFromJsonAsync<JsonElement>("/api/audit?action=certificate.issued&pageSize=100");
        var verified = await RunAsync("audit", "verify", "--data", host.DataCopy);

        Assert.Equal(18, issued.GetProperty("total").GetInt64());
        Assert.Equal(0, verified.Exit);
        Assert.StartsWith("audit log intact: ", verified.Output);

        // One byte of one audit row, changed in the SQLite file by someone beside the application.
        var (subject, sequence) = await TamperAsync(host.DataCopy);
        var broken = await RunAsync("audit", "verify", "--data", host.DataCopy);

        Assert.Equal(1, broken.Exit);
        Assert.Contains($"{subject} #{sequence}: changed", broken.Output);
    }

    [Fact]
    public async Task FirstStart_OnTheNovemberRelease_HandsEveryCertificateAndCandidateToTheRecordStore()
    {
        await host.AdminAsync();
        await host.Services.GetRequiredService<RecordStoreStartup>().Work.WaitAsync(TimeSpan.FromMinutes(2));
        var numbers = (await File.ReadAllLinesAsync(Path.Combine(OldDataHost.Fixture, "certificates.txt"))).Select(line => line.Split(' ')[0]).Order().ToList();

        var stored = await host.Services.GetRequiredService<IFactStore>().CertificatesAsync(ApiHost.Track5, 0, 1_000);
        var left = await host.Services.GetRequiredService<IUnrecordedGrains>().CertificatesAsync(1_000);
        var candidates = (await host.Services.GetRequiredService<ICandidateDirectory>().SearchAsync(new CandidateSearch(null, [], null, null, 0, 500))).Candidates;
        var candidatesLeft = await host.Services.GetRequiredService<IUnrecordedGrains>().CandidatesAsync(1_000);

        Assert.Equal(numbers, stored.Select(c => c.Number).Order());
        Assert.All(stored, c => Assert.Equal(("valid", 5), (c.Status, c.Level)));
        Assert.Empty(left);
        Assert.Equal(30, candidates.Count);
        Assert.All(candidates, c => Assert.Equal(18, c.IdNumber.Length));
        Assert.Empty(candidatesLeft);
    }

    [Fact]
    public async Task FirstStart_OnTheNovemberRelease_WritesItsSittingsTickets_SoAPartOfOneFindsTheCandidateAndTheCertificate()
    {
        var admin = await host.AdminAsync();
        await host.Services.GetRequiredService<RecordStoreStartup>().Work.WaitAsync(TimeSpan.FromMinutes(2));
        var tickets = host.Services.GetRequiredService<ITicketRecords>();

        // Ticket 2612050009 of 140402197612200781 (theory and practical sittings of 2026-12-05, in no batch, never published).
        var candidates = await admin.GetFromJsonAsync<JsonElement>("/api/candidates?q=12050009");
        var certificates = await admin.GetFromJsonAsync<JsonElement>("/api/certificates/search?q=12050009");

        Assert.Equal(30, (await tickets.OfSittingAsync("CZ-20261205-LL01")).Count);
        Assert.Equal(30, (await tickets.OfSittingAsync("CZ-20261205-JN01")).Count);
        Assert.True(await tickets.IsBackfilledAsync(SittingTicketBackfill.Name));
        Assert.Equal(["140402197612200781"], candidates.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("idNumber").GetString()));
        Assert.Equal(["140402197612200781"], certificates.EnumerateArray().Select(c => c.GetProperty("fields").GetProperty("idNumber").GetString()));
    }

    private static async Task<(string Subject, long Sequence)> TamperAsync(string data)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "certengine.db")}");
        await connection.OpenAsync();
        await using var pick = connection.CreateCommand();
        pick.CommandText = "SELECT subject, seq FROM certengineaudit WHERE action = 'certificate.issued' ORDER BY subject, seq LIMIT 1;";
        await using var reader = await pick.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (subject, sequence) = (reader.GetString(0), reader.GetInt64(1));
        await reader.CloseAsync();
        await using var change = connection.CreateCommand();
        change.CommandText = "UPDATE certengineaudit SET details = substr(details, 1, length(details) - 1) || 'X' WHERE subject = $s AND seq = $n;";
        change.Parameters.AddWithValue("$s", subject);
        change.Parameters.AddWithValue("$n", sequence);
        Assert.Equal(1, await change.ExecuteNonQueryAsync());
        return (subject, sequence);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CertEngineCommandLine.RunAsync(args, output, error, TimeProvider.System);
        return (exit, output + error.ToString());
    }
}
