using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CertEngine.Cluster.Tests.Infrastructure;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;
using Xunit.Abstractions;

namespace CertEngine.Cluster.Tests;

/// <summary>
/// Two silos of one cluster, each started with its own <c>--data</c> folder, use one set of keys from the database:
/// the same JWKS, each other's cookies, each other's certificate signatures, and a rotation both pick up.
/// </summary>
public sealed partial class SharedKeysTests(ITestOutputHelper output)
{
    private const string Manager = "考务管理员";
    private static readonly TimeSpan PickUpTimeout = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [PostgresFact]
    public async Task Cluster_TwoSilosOnTheirOwnDataFolders_ShareJwksCookiesAndSignaturesAndPickUpARotation()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var data = ShortSittingData.Create(theoryMinutes: 90);
        await ServerVerbs.MigrateAsync(database.ConnectionString);
        await using var cluster = new PostgresCluster(database, data, output);

        // Started together on an empty key table: they must agree on one first key, not make one each.
        await cluster.StartAsync([ServerPorts.Free(), ServerPorts.Free()], "--CertEngine:Keys:RefreshInterval", "00:00:01");
        var (a, b) = (ClusterSignIn.Client(cluster.Servers[0]), ClusterSignIn.Client(cluster.Servers[1]));

        var firstJwks = (await JwksAsync(a), await JwksAsync(b));
        var signingKeys = await database.QueryAsync<long>("SELECT count(*) FROM certenginesigningkeys;");
        var dataProtectionKeys = await database.QueryAsync<long>("SELECT count(*) FROM certenginedataprotectionkeys;");

        Assert.Equal(firstJwks.Item1, firstJwks.Item2);
        Assert.Single(Kids(firstJwks.Item1));
        Assert.Equal([1L], signingKeys);
        Assert.Equal([1L], dataProtectionKeys);

        // A staff cookie issued by silo A is accepted by silo B.
        var cookie = await ClusterSignIn.FirstAdminAsync(cluster.Servers, "admin", "集群测试-correct-horse-42");
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/account/me") { Headers = { { "Cookie", cookie } } };
        using var meOnB = await b.SendAsync(me);
        Assert.Equal(HttpStatusCode.OK, meOnB.StatusCode);
        Assert.Equal("admin", (await meOnB.Content.ReadFromJsonAsync<JsonElement>(Web)).GetProperty("name").GetString());

        // A certificate signed by whichever silo hosts the track verifies on both.
        await using var client = await ClusterClient.ConnectToClusterAsync(database.ConnectionString);
        var first = await IssueThroughReissueAsync(client.Grains, "S140400000000000000001");
        Assert.Equal(Kids(firstJwks.Item1), [KidOf(first.Token)]);
        Assert.Equal(("valid", "valid"), (await StatusAsync(a, first), await StatusAsync(b, first)));

        // After `keys rotate --postgres`, both publish both keys, a new certificate is signed with the new key, and
        // both still verify the old one.
        var rotated = KidPrinted().Match(await ServerVerbs.RotateKeysAsync(database.ConnectionString)).Groups[1].Value;
        var expected = Kids(firstJwks.Item1).Append(rotated).Order(StringComparer.Ordinal).ToList();
        // Each server says when its refresh has picked the new key up (KeyLog 7303); then its JWKS must list both.
        foreach (var (server, http) in new[] { (cluster.Servers[0], a), (cluster.Servers[1], b) })
        {
            await server.LineAsync(new Regex($"signed with key {Regex.Escape(rotated)}; 2 key\\(s\\) published"), PickUpTimeout);
            Assert.Equal(expected, Kids(await JwksAsync(http)));
        }
        var second = await IssueThroughReissueAsync(client.Grains, "S140400000000000000002");

        Assert.Equal(await JwksAsync(a), await JwksAsync(b));
        Assert.Equal(rotated, KidOf(second.Token));
        Assert.Equal(("valid", "valid"), (await StatusAsync(a, second), await StatusAsync(b, second)));
        Assert.Equal(("valid", "valid"), (await StatusAsync(a, first), await StatusAsync(b, first)));
    }

    private static async Task<string> JwksAsync(HttpClient client) => await client.GetStringAsync("/.well-known/jwks.json");

    private static List<string> Kids(string jwks) =>
        JsonDocument.Parse(jwks).RootElement.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()!).Order(StringComparer.Ordinal).ToList();

    // A placeholder record stands in for the old certificate; reissuing it makes the silo hosting the track sign a
    // real token with the cluster's current key, through the same code that issues every certificate.
    private static async Task<(string Number, string Token)> IssueThroughReissueAsync(IGrainFactory grains, string placeholder)
    {
        var track = grains.GetGrain<ICertificationTrackGrain>(ExamSitting.TrackKey);
        if (await track.GetAsync() is null)
        {
            Check(await track.OpenAsync(1, Manager), "open track");
        }

        var idNumber = CertEngine.TestSupport.IdNumbers.WithCheck(string.Create(CultureInfo.InvariantCulture, $"14040219800101{placeholder[^3..]}"));
        Check(await grains.GetGrain<ICandidateGrain>(idNumber).RegisterAsync(new CandidateProfile("张小明", idNumber, "长治市潞州区", ["集群测试"]), Manager), "register");
        var fields = new CertificateFields(placeholder, "职业技能等级证书", "张小明", "居民身份证", idNumber, "4-10-01-06", "家政服务员", "家务服务员", 5, "五级/初级工",
            new DateOnly(2026, 1, 5), "长治市太行家政职业技能评价中心（示例）", ExamSitting.TrackKey);
        Check(await grains.GetGrain<ICertificateGrain>(placeholder).IssueAsync(fields, "placeholder", Manager), "placeholder record");

        var reply = await track.ReissueCertificateAsync(placeholder, Manager, "集群密钥测试 (cluster key test)");

        Assert.True(reply.Outcome == IssueOutcome.Issued, $"reissue of {placeholder}: {reply.Outcome} {reply.Reason}");
        var url = new Uri(reply.VerifyUrl!);
        return (reply.Number!, Uri.UnescapeDataString(url.Query["?t=".Length..]));
    }

    private static async Task<string?> StatusAsync(HttpClient client, (string Number, string Token) certificate) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/certificates/{certificate.Number}/verify?t={Uri.EscapeDataString(certificate.Token)}", Web))
            .GetProperty("status").GetString();

    private static string KidOf(string token)
    {
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[0]));
        return header.RootElement.GetProperty("kid").GetString()!;
    }

    private static void Check(CommandReply reply, string step)
    {
        if (!reply.Accepted)
        {
            throw new InvalidOperationException($"{step}: {reply.Refusal}");
        }
    }

    [GeneratedRegex(@"new signing key (ce-[0-9a-f]{16})")]
    private static partial Regex KidPrinted();
}
