using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CertEngine.Cluster.Tests.Infrastructure;
using CertEngine.Contracts.Attempts;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using Xunit.Abstractions;

namespace CertEngine.Cluster.Tests;

/// <summary>
/// Two server processes on one PostgreSQL database, each with its own <c>--data</c> folder: a bank version an Admin
/// uploads and publishes on silo A is listed, compared and used for a theory sitting on silo B, and still after silo B
/// restarts. Nothing travels through the file system: the version lives in the store (issue 7/5).
/// </summary>
public sealed class WebPublishedBankTests(ITestOutputHelper output)
{
    private const string Bank = "4-10-01-06";
    private const string Track = ExamSitting.TrackKey;
    private const string SessionId = "WEB-BANK-V2";
    private const string Password = "集群题库-correct-horse-42";
    private const string Ticket = "ZK2026000001";

    // Every 五级 laundry item is reworded in v2 (its version raised by one), so each paper draws some whatever the sitting's seed.
    private const string Reworded = "items/laundry-5.yaml";
    private const string Revision = "（第2版修订）";

    [PostgresFact]
    public async Task Cluster_BankPublishedFromTheWebOnSiloA_ServesTheSittingOnSiloBAndAfterItsRestart()
    {
        var watch = Stopwatch.StartNew();
        await using var database = await PostgresDatabase.CreateAsync();
        using var data = ShortSittingData.Create(theoryMinutes: 90);
        await ServerVerbs.MigrateAsync(database.ConnectionString);
        await using var cluster = new PostgresCluster(database, data, output);
        var (portsA, portsB) = (ServerPorts.Free(), ServerPorts.Free());
        await cluster.StartAsync([portsA, portsB]);
        var (siloA, siloB) = (cluster.Servers[0], cluster.Servers[1]);
        var admin = await ClusterSignIn.FirstAdminAsync(cluster.Servers, "admin", Password);
        using var a = ClusterSignIn.Client(siloA, admin);
        using var b = ClusterSignIn.Client(siloB, admin);
        output.WriteLine($"{watch.Elapsed}: two silos up, admin signed in");

        // Silo B looks at the bank before v2 exists, and the track runs on v1: neither may keep B on the old view.
        var before = await b.GetFromJsonAsync<JsonElement>($"/api/banks/{Bank}");
        using var openedOnV1 = await a.PostAsJsonAsync("/api/tracks/open", new { key = Track, bankVersion = 1 });

        Assert.Equal([1], Versions(before));
        Assert.Equal(HttpStatusCode.OK, openedOnV1.StatusCode);

        // On silo A: upload the shipped source with every 五级 laundry item reworded (a zip of the bank and its module), publish.
        var (zip, reworded) = Version2();
        using var uploaded = await a.PostAsync("/api/banks/drafts", Form(zip));
        var check = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var problem in check.GetProperty("problems").EnumerateArray().Where(p => p.GetProperty("severity").GetString() == "error").Take(10))
        {
            output.WriteLine($"upload problem: {problem}");
        }

        using var published = await a.PostAsync($"/api/banks/{Bank}/publish", null);
        var publication = await published.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal((Bank, true, true, 2, 0), (check.GetProperty("bankCode").GetString(), check.GetProperty("saved").GetBoolean(),
            check.GetProperty("publishable").GetBoolean(), check.GetProperty("nextVersion").GetInt32(), Errors(check)));
        Assert.Equal((reworded.Count, 0, 0), Counts(check.GetProperty("diff")));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal((2, "admin"), (publication.GetProperty("version").GetInt32(), publication.GetProperty("publishedBy").GetString()));
        Assert.Equal(["1"], Directory.EnumerateDirectories(Path.Combine(data.Banks, Bank, "versions")).Select(Path.GetFileName));

        // On silo B: listed with its counts, compared with v1, and the track moved to it.
        var listed = await b.GetFromJsonAsync<JsonElement>("/api/banks");
        var diff = await b.GetFromJsonAsync<JsonElement>($"/api/banks/{Bank}/diff?from=1&to=2");
        using var moved = await b.PostAsJsonAsync("/api/tracks/open", new { key = Track, bankVersion = 2 });
        var track = await moved.Content.ReadFromJsonAsync<JsonElement>();

        var expectedRow = ("web", "admin", check.GetProperty("items").GetInt32(), check.GetProperty("tasks").GetInt32(), true);
        Assert.Equal([1, 2], Versions(BankOf(listed)));
        Assert.Equal(expectedRow, Row(BankOf(listed), 2));
        Assert.Equal((reworded.Count, 0, 0), Counts(diff));
        Assert.Equal(reworded.Keys.Order(StringComparer.Ordinal).Select(id => ((string?)"changed", (string?)"item", (string?)id)),
            diff.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("what").GetString(), c.GetProperty("id").GetString())));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal((Track, 2), (track.GetProperty("key").GetString(), track.GetProperty("bankVersion").GetInt32()));
        output.WriteLine($"{watch.Elapsed}: v2 published on A, listed and pinned on B");

        // Through silo B's API: a candidate registered and enrolled, a theory sitting scheduled, checked in and started.
        var idNumber = IdNumber();
        var session = await StartSittingAsync(b, idNumber);
        var v2 = await PublishedAsync(b, 2);

        Assert.Equal((2, "running"), (session.GetProperty("bankVersion").GetInt32(), session.GetProperty("status").GetString()));

        // The candidate on silo B, then on silo A, gets the paper the attempt records as drawn from v2, with v2's stems.
        var accessCode = session.GetProperty("accessCode").GetString()!;
        var candidate = await ClusterSignIn.CandidateAsync(siloB, Ticket, idNumber, accessCode);
        var onB = await StemsAsync(siloB, candidate);
        // Signing in again on silo A takes the attempt over: from now on only that sign-in stands, on every silo.
        candidate = await ClusterSignIn.CandidateAsync(siloA, Ticket, idNumber, accessCode);
        var onA = await StemsAsync(siloA, candidate);
        PaperRecord record;
        await using (var client = await ClusterClient.ConnectToClusterAsync(database.ConnectionString))
        {
            record = (await client.Grains.GetGrain<IAttemptGrain>($"{SessionId}/{idNumber}").GetPaperRecordAsync())!;
            output.WriteLine($"{watch.Elapsed}: sitting started; the attempt is active on silo :{await HostOfAsync(client.Grains, idNumber)}" +
                $" (A :{portsA.Silo}, B :{portsB.Silo})");
        }

        var expectedStems = record.Items.Select(entry => v2.Items.Single(item => $"{item.Id}@{item.Version}" == entry).Stem).ToList();
        var drawnReworded = record.Items.Count(entry => reworded.ContainsKey(entry[..entry.IndexOf('@', StringComparison.Ordinal)]));
        Assert.Equal((Bank, 2), (record.BankId, record.BankVersion));
        Assert.Equal(expectedStems, onB);
        Assert.Equal(expectedStems, onA);
        Assert.Equal(LaundryDraw(v2), drawnReworded);
        Assert.Equal(drawnReworded, onB.Count(stem => stem.EndsWith(Revision, StringComparison.Ordinal)));
        Assert.All(record.Items.Where(entry => reworded.ContainsKey(entry[..entry.IndexOf('@', StringComparison.Ordinal)])),
            entry => Assert.EndsWith($"@{reworded[entry[..entry.IndexOf('@', StringComparison.Ordinal)]]}", entry));

        // Silo B killed and started again on its own data folder: it still lists v2 and serves the candidate's attempt.
        await siloB.KillAsync();
        await cluster.StartAsync([portsB]);
        var restarted = cluster.Servers[^1];
        using var again = ClusterSignIn.Client(restarted, admin);
        var relisted = await again.GetFromJsonAsync<JsonElement>("/api/banks");
        var afterRestart = await StemsAsync(restarted, candidate);
        output.WriteLine($"{watch.Elapsed}: silo B restarted and served the attempt");

        Assert.Equal([1, 2], Versions(BankOf(relisted)));
        Assert.Equal(expectedRow, Row(BankOf(relisted), 2));
        Assert.Equal(expectedStems, afterRestart);
    }

    /// <summary>
    /// The upload: a zip of the shipped 4-10-01-06 folder and its common module, each 五级 laundry item's version raised
    /// to 2 and its stem reworded; with the ids of the reworded items.
    /// </summary>
    private static (byte[] Zip, Dictionary<string, int> Reworded) Version2()
    {
        var reworded = new Dictionary<string, int>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var folder in new[] { Bank, "common" })
            {
                var root = Path.Combine(Repository.Banks, folder);
                foreach (var file in BankLoader.ReadTree(root))
                {
                    var relative = Path.GetRelativePath(root, file.Path).Replace('\\', '/');
                    if (relative.StartsWith("versions/", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var text = folder == Bank && relative == Reworded ? Reword(file.Text, reworded) : file.Text;
                    using var entry = new StreamWriter(zip.CreateEntry($"{folder}/{relative}").Open(), new UTF8Encoding(false));
                    entry.Write(text);
                }
            }
        }

        return reworded.Count > 0
            ? (buffer.ToArray(), reworded)
            : throw new InvalidOperationException($"{Bank}/{Reworded} has no items: choose another file to reword.");
    }

    private static string Reword(string text, Dictionary<string, int> reworded)
    {
        var lines = text.Split('\n');
        var id = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("  - id: ", StringComparison.Ordinal))
            {
                id = lines[i]["  - id: ".Length..].Trim();
            }
            else if (lines[i].StartsWith("    version: ", StringComparison.Ordinal))
            {
                // Whatever version the shipped item has, the reworded one is the next.
                reworded[id] = int.Parse(lines[i]["    version: ".Length..], CultureInfo.InvariantCulture) + 1;
                lines[i] = $"    version: {reworded[id]}";
            }
            else if (lines[i].StartsWith("    stem: ", StringComparison.Ordinal))
            {
                lines[i] += Revision;
            }
        }

        return string.Join('\n', lines);
    }

    private static MultipartFormDataContent Form(byte[] zip)
    {
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return new MultipartFormDataContent { { file, "file", $"{Bank}-v2.zip" } };
    }

    // The candidate registered and enrolled, the sitting scheduled, check-in opened, the candidate checked in and the
    // clock started, all through one silo's HTTP API; returns the sitting as the proctor sees it.
    private static async Task<JsonElement> StartSittingAsync(HttpClient silo, string idNumber)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await ExpectAsync(HttpStatusCode.Created, silo.PostAsJsonAsync("/api/candidates", new { name = "王小红", idNumber, county = "长治市潞州区", tags = new[] { "集群测试" } }), "register");
        await ExpectAsync(HttpStatusCode.NoContent, silo.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
        {
            trackKey = Track,
            evidence = new[] { new { id = "work-1", kind = "work", from = today.AddYears(-3), occupation = "家政服务员", related = true, hours = 0 } },
        }), "enrol");
        await ExpectAsync(HttpStatusCode.Created, silo.PostAsJsonAsync("/api/sessions", new
        {
            id = SessionId, trackKey = Track, component = "theory", centre = "长治市职业技能鉴定中心", room = "理论机房 301",
            startsAt = DateTimeOffset.UtcNow.AddMinutes(30), minutes = 90, proctors = new[] { "监考员-01", "监考员-02" },
            roster = new[] { new { idNumber, seat = 1, ticket = Ticket } },
        }), "schedule");
        await ExpectAsync(HttpStatusCode.NoContent, silo.PostAsync($"/api/sessions/{SessionId}/open-check-in", null), "open check-in");
        await ExpectAsync(HttpStatusCode.NoContent, silo.PostAsJsonAsync($"/api/sessions/{SessionId}/check-in", new { idNumber, identityConfirmed = true }), "check in");
        await ExpectAsync(HttpStatusCode.NoContent, silo.PostAsync($"/api/sessions/{SessionId}/start", null), "start");
        return await silo.GetFromJsonAsync<JsonElement>($"/api/sessions/{SessionId}");
    }

    private static async Task ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> call, string step)
    {
        using var response = await call;
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{step}: {(int)response.StatusCode}, not {(int)expected}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<List<string>> StemsAsync(ServerProcess silo, string candidate)
    {
        using var client = ClusterSignIn.Client(silo, candidate);
        var paper = await client.GetFromJsonAsync<JsonElement>("/api/attempt");
        Assert.Equal("running", paper.GetProperty("status").GetString());
        return paper.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("stem").GetString()!).ToList();
    }

    // The published version exactly as the store serves it, read with the Domain's own loader.
    private static async Task<Bank> PublishedAsync(HttpClient silo, int version)
    {
        var bank = await silo.GetStringAsync($"/api/banks/{Bank}/versions/{version}/{BankManifest.BankFileName}");
        var manifest = await silo.GetStringAsync($"/api/banks/{Bank}/versions/{version}/{BankManifest.FileName}");
        var loaded = BankVersions.LoadPublished(new BankFile(BankManifest.BankFileName, bank), new BankFile(BankManifest.FileName, manifest));
        return loaded.Bank ?? throw new InvalidOperationException($"version {version} as served does not load: {string.Join("; ", loaded.Problems)}");
    }

    // How many items the 五级 家务服务员 theory blueprint draws from the laundry node.
    private static int LaundryDraw(Bank bank) => bank.Blueprints
        .Single(b => b is { Level: 5, WorkType: "家务服务员", Mode: BlueprintMode.Theory })
        .Cells.Single(c => c.NodeId == "laundry").Counts.Values.Sum();

    private static async Task<int?> HostOfAsync(IGrainFactory grains, string idNumber) =>
        (await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<IAttemptGrain>($"{SessionId}/{idNumber}")))?.Endpoint.Port;

    private static JsonElement BankOf(JsonElement list) => list.EnumerateArray().Single(bank => bank.GetProperty("code").GetString() == Bank);

    private static List<int> Versions(JsonElement bank) => bank.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ToList();

    private static (string?, string?, int, int, bool) Row(JsonElement bank, int version)
    {
        var row = bank.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == version);
        return (row.GetProperty("source").GetString(), row.GetProperty("publishedBy").GetString(), row.GetProperty("items").GetInt32(),
            row.GetProperty("tasks").GetInt32(), row.GetProperty("intact").GetBoolean());
    }

    private static (int, int, int) Counts(JsonElement diff) =>
        (diff.GetProperty("changed").GetInt32(), diff.GetProperty("added").GetInt32(), diff.GetProperty("removed").GetInt32());

    private static int Errors(JsonElement check) =>
        check.GetProperty("problems").EnumerateArray().Count(p => p.GetProperty("severity").GetString() == "error");

    // The database is new for each run, so one fixed number will do.
    private static string IdNumber() => CertEngine.TestSupport.IdNumbers.Seeded(0, 0);
}
