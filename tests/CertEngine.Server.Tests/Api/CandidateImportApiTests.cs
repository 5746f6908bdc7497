using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CertEngine.Server.Features.Candidates;
using CertEngine.Server.Web;
using MiniExcelLibs;

namespace CertEngine.Server.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CandidateImportApiTests(ApiHost host)
{
    [Fact]
    public async Task Import_ValidFile_RegistersEveryRowAndEnrolsThoseNamingATrack()
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");
        await OpenTrackAsync(manager);
        var (enrolled, registeredOnly) = (ApiHost.NewIdNumber(), ApiHost.NewIdNumber());
        var file = Workbook(
            Row("王小燕", enrolled, "潞州区", "太行家政、脱贫劳动力", ApiHost.Track5, 2),
            Row("李红", registeredOnly.ToLowerInvariant(), "", "", "", null));

        var response = await manager.PostAsync("/api/candidates/import", Form(file, "名单.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 2, 1, 0), (outcome.GetProperty("rows").GetInt32(), outcome.GetProperty("registered").GetInt32(), outcome.GetProperty("enrolled").GetInt32(),
            outcome.GetProperty("problems").GetArrayLength()));
        var candidate = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{enrolled}");
        Assert.Equal("王小燕", candidate.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal(["太行家政", "脱贫劳动力"], candidate.GetProperty("profile").GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.Equal(ApiHost.Track5, candidate.GetProperty("enrolments")[0].GetProperty("trackKey").GetString());
        var other = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{registeredOnly}");
        Assert.Equal(0, other.GetProperty("enrolments").GetArrayLength());
    }

    [Fact]
    public async Task Import_Again_SaysWhoIsNewWhoExistsAndWhatChanged_WithoutRewritingTheUnchanged()
    {
        var manager = await host.StaffAsync("import.again", "CentreManager");
        await OpenTrackAsync(manager);
        var (same, moved, fresh) = (ApiHost.NewIdNumber(), ApiHost.NewIdNumber(), ApiHost.NewIdNumber());
        await manager.PostAsync("/api/candidates/import", Form(Workbook(
            Row("王小燕", same, "潞州区", "春季班", ApiHost.Track5, 2),
            Row("李红", moved, "潞州区", "", "", null)), "名单.xlsx"));
        var phoned = await manager.PutAsJsonAsync($"/api/candidates/{moved}", new { name = "李红", county = "潞州区", phone = "13912345678" });
        Assert.Equal(HttpStatusCode.OK, phoned.StatusCode);

        var again = await manager.PostAsync("/api/candidates/import", Form(Workbook(
            Row("王小燕", same, "潞州区", "春季班", ApiHost.Track5, 2),
            Row("李虹", moved, "上党区", "", "", null),
            Row("赵敏", fresh, "", "", "", null)), "名单.xlsx"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var outcome = await again.Content.ReadFromJsonAsync<JsonElement>();
        var rows = outcome.GetProperty("candidates").EnumerateArray().ToDictionary(c => c.GetProperty("row").GetInt32());
        Assert.Equal((1, 2), (outcome.GetProperty("new").GetInt32(), outcome.GetProperty("existing").GetInt32()));
        Assert.Equal(("unchanged", "already"), (rows[2].GetProperty("status").GetString(), rows[2].GetProperty("enrolment").GetString()));
        Assert.Equal("changed", rows[3].GetProperty("status").GetString());
        Assert.Equal(["name: 李红 -> 李虹", "county: 潞州区 -> 上党区"], rows[3].GetProperty("changes").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal("new", rows[4].GetProperty("status").GetString());
        Assert.DoesNotContain(fresh, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var kept = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{moved}");
        Assert.Equal(("李虹", "13912345678"), (kept.GetProperty("profile").GetProperty("name").GetString(), kept.GetProperty("profile").GetProperty("phone").GetString()));
        var created = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{same}");
        var audit = await (await host.AdminAsync()).GetFromJsonAsync<JsonElement>($"/api/audit?subject=candidate/{created.GetProperty("internalId").GetString()}");
        Assert.Equal(1, audit.ToString().Split("candidate.registered").Length - 1);
        Assert.DoesNotContain("candidate.updated", audit.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ARowWithAControlCharacter_IsRefusedAndNobodyIsRegistered()
    {
        var manager = await host.StaffAsync("import.control", "CentreManager");
        var (good, bad) = (ApiHost.NewIdNumber(), ApiHost.NewIdNumber());

        var response = await manager.PostAsync("/api/candidates/import", Form(Workbook(
            Row("王小燕", good, "潞州区", "", "", null),
            Row("李\t红", bad, "潞州区", "", "", null)), "名单.xlsx"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray());
        Assert.Equal((3, "姓名"), (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString()));
        Assert.Contains("控制字符", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/candidates/{good}")).StatusCode);
    }

    [Fact]
    public async Task Import_PhoneColumn_IsStored_AndABadNumberIsRefusedAtItsCell()
    {
        var manager = await host.StaffAsync("import.phone", "CentreManager");
        var (good, bad) = (ApiHost.NewIdNumber(), ApiHost.NewIdNumber());
        var withPhone = Row("王小燕", good, "潞州区", "", "", null);
        withPhone[CandidateSheet.PhoneColumn] = "139 1234 5678";
        var badPhone = Row("李红", bad, "潞州区", "", "", null);
        badPhone[CandidateSheet.PhoneColumn] = "2021234";

        var refused = await manager.PostAsync("/api/candidates/import", Form(Workbook(withPhone, badPhone), "名单.xlsx"));
        var accepted = await manager.PostAsync("/api/candidates/import", Form(Workbook(withPhone), "名单.xlsx"));

        var problem = Assert.Single((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray());
        Assert.Equal((3, "电话"), (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString()));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var candidate = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{good}");
        Assert.Equal("13912345678", candidate.GetProperty("profile").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Import_FileWithBadRows_ListsEachRowAndColumnAndRegistersNobody()
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");
        await OpenTrackAsync(manager);
        var good = ApiHost.NewIdNumber();
        var file = Workbook(
            Row("张三", good, "潞州区", "", ApiHost.Track5, 3),
            Row("", ApiHost.NewIdNumber(), "", "", "", null),
            Row("赵四", good, "", "", "", null),
            Row("钱五", "14040219800101123", "", "", "", null),
            Row("孙六", ApiHost.NewIdNumber(), "", "", "4-10-01-06/家务服务员/9", 1),
            Row("周七", ApiHost.NewIdNumber(), "", "", ApiHost.Track5, "三年"),
            Row("吴八", ApiHost.NewIdNumber(), "", "", ApiHost.Track5, 0.5));

        var response = await manager.PostAsync("/api/candidates/import", Form(file, "名单.xlsx"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var lines = problem.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("row").GetInt32()} {p.GetProperty("column").GetString()}").ToArray();
        Assert.Equal(["3 姓名", "4 身份证号", "5 身份证号", "6 申报项目", "7 工作年限", "8 工作年限"], lines);
        // Half a year of work is short of the 五级 work route: the row says which conditions failed and why.
        var shortOfWork = problem.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("row").GetInt32() == 8).GetProperty("message").GetString();
        Assert.StartsWith("不符合申报条件 (not eligible): ", shortOfWork);
        Assert.Contains("累计从事本职业或相关职业工作不满 1 年", shortOfWork, StringComparison.Ordinal);
        Assert.StartsWith("名单有误，未登记任何考生", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/candidates/{good}")).StatusCode);
    }

    [Fact]
    public async Task Import_WrongCheckCharacter_SaysTheCheckCharacterIsWrong()
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");
        var id = ApiHost.NewIdNumber();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');

        var response = await manager.PostAsync("/api/candidates/import", Form(Workbook(Row("郑九", wrong, "", "", "", null)), "a.xlsx"));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var only = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal((2, "身份证号"), (only.GetProperty("row").GetInt32(), only.GetProperty("column").GetString()));
        Assert.StartsWith("身份证号校验位不正确", only.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("garbage.xlsx", "PK\u0003\u0004 not really a zip")]
    [InlineData("garbage.xlsx", "random text, not a workbook")]
    [InlineData("list.csv", "PK\u0003\u0004")]
    public async Task Import_NotAWorkbook_Answers400AndRegistersNobody(string name, string content)
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");

        var response = await manager.PostAsync("/api/candidates/import", Form(Encoding.Latin1.GetBytes(content), name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"status\":400", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_JsonInsteadOfAForm_Answers415()
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");

        var response = await manager.PostAsync("/api/candidates/import", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Import_FileTooLarge_Answers413()
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");
        var huge = new byte[(int)Server.Features.Candidates.CandidateImport.MaxBytes + 1];
        "PK\u0003\u0004"u8.CopyTo(huge);

        var response = await manager.PostAsync("/api/candidates/import", Form(huge, "big.xlsx"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ImportTemplate_Download_HasTheColumnsTheImportReads()
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");

        var response = await manager.GetAsync("/api/candidates/import-template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var header = (IDictionary<string, object?>)stream.Query(useHeaderRow: false).First();
        Assert.Equal(CandidateSheet.Columns.ToArray(), header.Values.Select(v => v?.ToString() ?? "").ToArray());
    }

    [Fact]
    public async Task Import_MoreRowsThanTheCap_Is400WithOneProblemAndRegistersNobody()
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");
        var rows = Enumerable.Range(0, CandidateSheet.MaxRows + 1).Select(i => Row($"考生{i}", "x", "", "", "", null)).ToArray();

        var response = await manager.PostAsync("/api/candidates/import", Form(Workbook(rows), "名单.xlsx"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var only = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Contains($"at most {CandidateSheet.MaxRows} rows", only.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ThousandsOfBadRows_ListsTwoHundredAndCountsTheRest()
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");
        var rows = Enumerable.Range(0, 3_000).Select(i => Row("", "x", "", "", "", null)).ToArray();

        var response = await manager.PostAsync("/api/candidates/import", Form(Workbook(rows), "名单.xlsx"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = JsonDocument.Parse(text).RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(ProblemLists.MaxListed + 1, problems.Count);
        // 3,000 rows of two problems each: checking stops at 1,000, and the note saying so is the 1,001st problem.
        Assert.Equal("还有 801 个问题 (and 801 more)", problems[^1].GetProperty("message").GetString());
        Assert.True(text.Length < 64 * 1024, $"{text.Length} characters");
    }

    [Fact]
    public async Task Import_CellLongerThanTheLimit_IsAProblemAtThatCellNotEchoed()
    {
        var manager = await host.StaffAsync("import.manager", "CentreManager");
        var file = Workbook(Row("张三", ApiHost.NewIdNumber(), "", "", "", new string('年', 100_000)));

        var response = await manager.PostAsync("/api/candidates/import", Form(file, "名单.xlsx"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than 1000 characters", text, StringComparison.Ordinal);
        Assert.True(text.Length < 4 * 1024, $"{text.Length} characters");
    }

    private static async Task OpenTrackAsync(HttpClient manager)
    {
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = ApiHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
    }

    internal static Dictionary<string, object?> Row(string name, string idNumber, string county, string tags, string track, object? years) => new()
    {
        [CandidateSheet.NameColumn] = name, [CandidateSheet.IdNumberColumn] = idNumber, [CandidateSheet.CountyColumn] = county,
        [CandidateSheet.TagsColumn] = tags, [CandidateSheet.TrackColumn] = track, [CandidateSheet.WorkYearsColumn] = years,
    };

    internal static byte[] Workbook(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    internal static MultipartFormDataContent Form(byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", name } };
    }
}
