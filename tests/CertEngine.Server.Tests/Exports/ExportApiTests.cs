using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CertEngine.Grains.Certificates;
using CertEngine.Server.Tests.Api;
using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Facts;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CertEngine.Server.Tests.Exports;

/// <summary>
/// Reports in the national fields: a generated set of known certificates and results, exported as .xlsx and CSV, parsed
/// back and compared field by field; the export log; formula escaping; bad parameters.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ExportApiTests(ApiHost host)
{
    private static readonly string[] Headers =
        ["姓名", "证件类型", "证件号码", "性别", "文化程度", "职业名称", "职业编码", "工种", "等级", "理论知识考试成绩", "操作技能考核成绩", "综合评审成绩",
         "证书编号", "发证日期", "评价机构名称", "评价机构代码", "考点", "考试日期", "证书状态", "备注"];

    private sealed record Known(string Name, string IdNumber, string Number, DateOnly IssuedOn, decimal Theory, decimal Practical, string Centre, DateOnly ExamDate);

    // Certificates issued in a month of their own (years after the other tests' dates), each with theory and practical
    // results and the practical sitting in the index; some names look like formulas.
    private async Task<(List<Known> Known, DateOnly From, DateOnly To)> GenerateAsync(int count)
    {
        var manager = await host.StaffAsync("exports.manager", "CentreManager");
        Assert.True((await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 })).IsSuccessStatusCode);
        var month = new DateOnly(2031 + Random.Shared.Next(0, 60), Random.Shared.Next(1, 13), 1);
        var facts = host.Services.GetRequiredService<IFactStore>();
        var sitting = "EXP-" + Guid.NewGuid().ToString("N")[..8];
        await host.Services.GetRequiredService<ISittingIndexStore>().PutAsync("*", [new SittingRow(sitting, ApiHost.Track5, 1, "长治市职业技能鉴定中心", "实训室1", host.Clock.GetUtcNow())]);
        var known = new List<Known>();
        var batch = new List<RecordFact>();
        for (var i = 0; i < count; i++)
        {
            var id = ApiHost.NewIdNumber();
            var name = i switch { 0 => "=HYPERLINK(\"http://x\",\"点我\")", 1 => "+王秀英", 2 => "李,\"桂芝\"", _ => "考生" + i.ToString("000", CultureInfo.InvariantCulture) };
            var number = "S000014000001" + (month.Year % 100).ToString("00", CultureInfo.InvariantCulture) + "5" + Random.Shared.Next(0, 999_999).ToString("000000", CultureInfo.InvariantCulture);
            var issued = month.AddDays(i % 28);
            var exam = issued.AddDays(-3);
            var at = host.Clock.GetUtcNow().AddSeconds(i);
            var (theory, practical) = (60m + i % 40 + 0.5m, 61m + i % 30);
            batch.Add(new ComponentResultFact($"result/exp/{number}/t", at, ApiHost.Track5, id, "Theory", theory, 60m, exam.AddDays(-1), "T-" + sitting, false));
            batch.Add(new ComponentResultFact($"result/exp/{number}/p", at, ApiHost.Track5, id, "Practical", practical, 60m, exam, sitting, false));
            batch.Add(new CertificateIssuedFact("certificate/" + number, at, number, "skill-level", ApiHost.Track5, id, name, "4-10-01-06", "家务服务员", 5, issued, "manager"));
            batch.Add(new CertificateStatusFact($"certificate/{number}/status/0", at, number, 0, "valid", "issued", "manager", null));
            known.Add(new Known(name, id, number, issued, theory, practical, "长治市职业技能鉴定中心", exam));
        }

        await facts.AppendAsync(batch);
        return (known, month, month.AddMonths(1).AddDays(-1));
    }

    private string[] Expected(Known k) =>
    [
        Safe(k.Name), "居民身份证", k.IdNumber, (k.IdNumber[16] - '0') % 2 == 1 ? "男" : "女", "", "家政服务员", "4-10-01-06", "家务服务员", "五级/初级工",
        Number(k.Theory), Number(k.Practical), "", k.Number, Date(k.IssuedOn), Issuer.IssuerName, Issuer.IssuerCode, k.Centre, Date(k.ExamDate), "有效",
        "认定项目 " + ApiHost.Track5,
    ];

    private CertificateAuthority Issuer => host.Services.GetRequiredService<CertificateAuthority>();

    private static string Safe(string text) => text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task CertificatesXlsx_ParsedBack_EqualsTheKnownCertificatesFieldByField_AndIsLogged()
    {
        var (known, from, to) = await GenerateAsync(30);
        var manager = await host.StaffAsync("exports.manager", "CentreManager");

        var response = await manager.GetAsync($"/api/exports/certificates.xlsx?from={Date(from)}&to={Date(to)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Headers, rows.Count > 0 ? rows[0].Keys.ToArray() : []);
        Assert.Equal(known.Count, rows.Count);
        foreach (var k in known)
        {
            var row = Assert.Single(rows, r => Cell(r["证书编号"]) == k.Number);
            Assert.Equal(Expected(k), Headers.Select(h => Cell(row[h])).ToArray());
        }

        Assert.Equal("'=HYPERLINK(\"http://x\",\"点我\")", rows.Select(r => Cell(r["姓名"])).First(n => n.Contains("HYPERLINK", StringComparison.Ordinal)));
        var log = await manager.GetFromJsonAsync<JsonElement>("/api/exports");
        var entry = log.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("filters").GetString() == $"from={Date(from)}&to={Date(to)}");
        Assert.Equal(("certificates", "xlsx", known.Count, Convert.ToHexStringLower(SHA256.HashData(bytes)), "exports.manager", (long)bytes.Length),
            (entry.GetProperty("kind").GetString(), entry.GetProperty("format").GetString(), entry.GetProperty("rowCount").GetInt32(),
             entry.GetProperty("sha256").GetString(), entry.GetProperty("actor").GetString(), entry.GetProperty("bytes").GetInt64()));
    }

    [Fact]
    public async Task CertificatesCsv_HasABom_ParsesBack_FieldByField_WithFormulasEscaped()
    {
        var (known, from, to) = await GenerateAsync(12);
        var manager = await host.StaffAsync("exports.manager", "CentreManager");

        var response = await manager.GetAsync($"/api/exports/certificates.csv?from={Date(from)}&to={Date(to)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvText.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(Headers, rows[0]);
        Assert.Equal(known.Count + 1, rows.Count);
        foreach (var k in known)
        {
            var row = Assert.Single(rows, r => r[12] == k.Number);
            Assert.Equal(Expected(k), row);
        }

        Assert.Contains(rows, r => r[0] == "'+王秀英");
        Assert.Contains(rows, r => r[0] == "李,\"桂芝\"");
        var log = await manager.GetFromJsonAsync<JsonElement>("/api/exports");
        Assert.Contains(log.GetProperty("entries").EnumerateArray(), e => e.GetProperty("sha256").GetString() == Convert.ToHexStringLower(SHA256.HashData(bytes))
            && e.GetProperty("rowCount").GetInt32() == known.Count && e.GetProperty("format").GetString() == "csv");
    }

    [Fact]
    public async Task ResultsOfABatch_OneLinePerCandidate_VoidFlagged_AndAnUnknownBatchIs404()
    {
        var sitting = await ResultsSitting.CreateAsync(host, candidates: 3, checkedIn: 3);
        await sitting.RecordAsync(0, Contracts.ExamComponent.Theory, 75);
        await sitting.RecordAsync(1, Contracts.ExamComponent.Theory, 50);
        await sitting.RecordAsync(2, Contracts.ExamComponent.Theory, 90, voided: true);

        var csv = await sitting.Manager.GetAsync($"/api/exports/results.csv?batch={sitting.Id}");
        var xlsx = await sitting.Manager.GetAsync($"/api/exports/results.xlsx?batch={sitting.Id}");
        var unknown = await sitting.Manager.GetAsync("/api/exports/results.csv?batch=no-such-batch");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var rows = CsvText.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)).Skip(1).ToList();
        Assert.Equal(sitting.IdNumbers.Order(StringComparer.Ordinal), rows.Select(r => r[2]));
        var lines = rows.ToDictionary(r => r[2]);
        Assert.Equal((sitting.Names[0], "75", "", "长治市职业技能鉴定中心"), (lines[sitting.IdNumbers[0]][0], lines[sitting.IdNumbers[0]][9], lines[sitting.IdNumbers[0]][12], lines[sitting.IdNumbers[0]][16]));
        Assert.Equal(Date(sitting.Today), lines[sitting.IdNumbers[1]][17]);
        Assert.StartsWith("理论成绩无效", lines[sitting.IdNumbers[2]][19], StringComparison.Ordinal);
        var sheet = MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, sheet.Count);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/exports/certificates.xlsx", "from")]
    [InlineData("/api/exports/certificates.xlsx?from=2031-02-01", "to")]
    [InlineData("/api/exports/certificates.csv?from=2031-02-01&to=2031-01-01", "to")]
    [InlineData("/api/exports/certificates.csv?from=2030-01-01&to=2031-06-01", "to")]
    [InlineData("/api/exports/certificates.csv?from=2031-13-01&to=2031-12-31", "from")]
    [InlineData("/api/exports/certificates.xlsx?batch=S-1", "batch")]
    [InlineData("/api/exports/results.xlsx", "from")]
    [InlineData("/api/exports/results.csv?batch=S-1&from=2031-01-01&to=2031-01-02", "batch")]
    [InlineData("/api/exports?page=0", "page")]
    public async Task Export_BadParameters_Are400ProblemDetails_AndLogNothing(string path, string field)
    {
        var manager = await host.StaffAsync("exports.manager", "CentreManager");
        var before = (await manager.GetFromJsonAsync<JsonElement>("/api/exports")).GetProperty("total").GetInt64();

        var response = await manager.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, (await manager.GetFromJsonAsync<JsonElement>("/api/exports")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task NearDuplicates_ListTwoWorkTypesOfOneLevel_AndTwoSpellingsOfOneIdNumber()
    {
        var manager = await host.StaffAsync("exports.manager", "CentreManager");
        var (id, other) = (ApiHost.NewIdNumber(), ApiHost.NewIdNumber());
        var at = host.Clock.GetUtcNow();
        var day = new DateOnly(2026, 11, 20);
        await host.Services.GetRequiredService<IFactStore>().AppendAsync([
            new CertificateIssuedFact("certificate/S0000140000012659" + id[^5..], at, "S0000140000012659" + id[^5..], "skill-level", ApiHost.Track5, id, "王秀英", "4-10-01-06", "家务服务员", 5, day, "m"),
            new CertificateIssuedFact("certificate/S0000140000012658" + id[^5..], at, "S0000140000012658" + id[^5..], "skill-level", "4-10-01-06/母婴护理员/5", id, "王秀英", "4-10-01-06", "母婴护理员", 5, day, "m"),
            new CertificateIssuedFact("certificate/S0000140000012657" + other[^5..], at, "S0000140000012657" + other[^5..], "skill-level", ApiHost.Track5, other, "李桂芝", "4-10-01-06", "家务服务员", 5, day, "m"),
            new CandidateProfileFact("candidate/near/" + other, at, "near-" + other, other, "李桂枝", "", "", "m"),
        ]);

        var pairs = await manager.GetFromJsonAsync<JsonElement>("/api/certificates/near-duplicates");

        Assert.Contains(pairs.EnumerateArray(), p => p.GetProperty("kind").GetString() == "work-type" && p.GetProperty("idNumber").GetString() == id);
        Assert.Contains(pairs.EnumerateArray(), p => p.GetProperty("kind").GetString() == "name" && p.GetProperty("idNumber").GetString() == other
            && p.GetProperty("first").GetString() == "李桂枝" && p.GetProperty("second").GetString() == "李桂芝");
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double number => Number((decimal)number),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
