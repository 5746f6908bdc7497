using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Spreadsheets;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// The bank API: a draft is uploaded (YAML files, or the Excel template merged into the draft), checked with problems by
/// file and line, published as the next version kept in the store, compared and downloaded. Garbage is a 4xx.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BankApiTests(ApiHost host)
{
    private const string Household = "4-10-01-06";

    [Fact]
    public async Task Upload_YamlWithAnError_KeepsTheDraftAndNamesFileAndLine()
    {
        var manager = await host.StaffAsync("banks.manager", "CentreManager");
        var files = Source(Household);
        var text = files["items/laundry-5.yaml"];
        var at = text.IndexOf("    key: B\n", StringComparison.Ordinal);
        files["items/laundry-5.yaml"] = text[..at] + "    key: E\n" + text[(at + 11)..];

        var response = await manager.PostAsync("/api/banks/drafts", Form(files));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((Household, true, false), (check.GetProperty("bankCode").GetString(), check.GetProperty("saved").GetBoolean(), check.GetProperty("publishable").GetBoolean()));
        var problem = check.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("rule").GetString() == BankRules.KeyNotAnOption);
        Assert.Equal(("items/laundry-5.yaml", text[..at].Count(c => c == '\n') + 1, "error"),
            (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("severity").GetString()));
        var publish = await manager.PostAsync($"/api/banks/{Household}/publish", null);
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Contains(BankRules.KeyNotAnOption, await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_CleanDraft_IsTheNextVersionListedComparedAndDownloadable()
    {
        var manager = await host.StaffAsync("banks.manager", "CentreManager");
        var proctor = await host.StaffAsync("banks.proctor", "Proctor");
        // The shipped source as it stands is published first, so the draft below differs from the latest version only by
        // the items it raises (the source itself may be far from version 1 while the bank is being rewritten).
        var files = Source(Household);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync("/api/banks/drafts", Form(files))).StatusCode);
        var baseline = await manager.PostAsync($"/api/banks/{Household}/publish", null);
        Assert.Equal(HttpStatusCode.OK, baseline.StatusCode);
        var from = (await baseline.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var (revised, raised) = RaiseEveryItem(files["items/laundry-5.yaml"]);
        files["items/laundry-5.yaml"] = revised;

        var upload = await manager.PostAsync("/api/banks/drafts", Form(files));
        var check = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var next = check.GetProperty("nextVersion").GetInt32();
        var publish = await manager.PostAsync($"/api/banks/{Household}/publish", null);
        var again = await manager.PostAsync($"/api/banks/{Household}/publish", null);
        var bank = await proctor.GetFromJsonAsync<JsonElement>($"/api/banks/{Household}");
        var manifest = await proctor.GetStringAsync($"/api/banks/{Household}/versions/{next}/manifest.yaml");
        var diff = await proctor.GetFromJsonAsync<JsonElement>($"/api/banks/{Household}/diff?from={from}&to={next}");

        Assert.True(check.GetProperty("publishable").GetBoolean(), check.ToString());
        Assert.Equal(from + 1, next);
        Assert.True(raised > 10, $"only {raised} items raised");
        Assert.Equal(raised, check.GetProperty("diff").GetProperty("changed").GetInt32());
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(next, (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var row = bank.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == next);
        Assert.Equal(("web", "banks.manager", true), (row.GetProperty("source").GetString(), row.GetProperty("publishedBy").GetString(), row.GetProperty("intact").GetBoolean()));
        Assert.Contains($"  version: {next}\n", manifest, StringComparison.Ordinal);
        Assert.Equal((raised, 0, 0), (diff.GetProperty("changed").GetInt32(), diff.GetProperty("added").GetInt32(), diff.GetProperty("removed").GetInt32()));
    }

    // Every item of an items file gets its version raised by one and a changed stem; returns the text and how many.
    private static (string Text, int Raised) RaiseEveryItem(string text)
    {
        var raised = 0;
        var lines = text.Split('\n').Select(line =>
        {
            if (line.StartsWith("    version: ", StringComparison.Ordinal))
            {
                raised++;
                return "    version: " + (int.Parse(line["    version: ".Length..], System.Globalization.CultureInfo.InvariantCulture) + 1)
                    .ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return line.StartsWith("    stem: ", StringComparison.Ordinal) ? line + "（修订）" : line;
        }).ToList();
        return (string.Join('\n', lines), raised);
    }

    [Fact]
    public async Task Upload_ExcelTemplate_MergesItsItemsAndTasksIntoTheDraft()
    {
        var admin = await host.AdminAsync();
        var baseline = await (await admin.PostAsync("/api/banks/drafts", Form(Source(Household)))).Content.ReadFromJsonAsync<JsonElement>();
        using var workbook = new MemoryStream();
        SpreadsheetTemplate.Write(workbook,
        [
            new Dictionary<string, object?> { ["题号"] = "xl5-901", ["版本"] = 1, ["题型"] = "判断", ["鉴定点"] = "cooking.prep5.001", ["难度"] = 1, ["题干"] = "择菜前应先洗手。", ["答案"] = "正确" },
            new Dictionary<string, object?> { ["题号"] = "xl5-902", ["版本"] = 1, ["题型"] = "判断", ["鉴定点"] = "cooking.prep5.001", ["难度"] = 1, ["题干"] = "生熟砧板可以混用。", ["答案"] = "错误" },
        ],
        [
            new Dictionary<string, object?>
            {
                ["试题编号"] = "xl5-t9", ["版本"] = 1, ["鉴定范围"] = "cooking.staple5", ["试题名称"] = "淘米与加水", ["时限（分钟）"] = 15, ["总分"] = 100,
                ["考核准备"] = "电饭煲\n大米 500 g", ["考核要求"] = "在 15 分钟内淘好大米，按电饭煲内胆刻度加水。", ["评分项编号"] = "c1", ["考核要素"] = "淘米", ["配分"] = 40, ["评分标准"] = "每处淘洗不净扣 10 分，扣完为止",
            },
            new Dictionary<string, object?> { ["评分项编号"] = "c2", ["考核要素"] = "加水", ["配分"] = 60, ["评分标准"] = "水量不当每次扣 20 分，扣完为止" },
        ]);
        var form = new MultipartFormDataContent { { new StringContent(Household), "bank" } };
        var file = new ByteArrayContent(workbook.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "新增试题.xlsx");

        var response = await admin.PostAsync("/api/banks/drafts", form);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((baseline.GetProperty("items").GetInt32() + 2, baseline.GetProperty("tasks").GetInt32() + 1),
            (check.GetProperty("items").GetInt32(), check.GetProperty("tasks").GetInt32()));
        Assert.True(check.GetProperty("saved").GetBoolean());
        // Other tests may have published a version the shipped source now falls behind; the workbook's own rows are clean.
        Assert.DoesNotContain(check.GetProperty("problems").EnumerateArray(), p => p.GetProperty("file").GetString()!.Contains("新增试题", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("zip")]
    public async Task Upload_OccupationNestedFiftyThousandDeep_Is400NamingTheLineAndTheServerStaysUp(string kind)
    {
        var manager = await host.StaffAsync("banks.manager", "CentreManager");
        var files = new Dictionary<string, string> { ["occupation.yaml"] = "occupation:\n  name: " + string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "x" + new string('}', 50_000) + "\n" };

        var response = await manager.PostAsync("/api/banks/drafts", kind == "zip" ? Zip(files) : Form(files));
        var after = await manager.GetAsync($"/api/banks/{Household}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray()
            .Single(p => p.GetProperty("rule").GetString() == BankRules.YamlLimit);
        Assert.Equal(("occupation.yaml", 2), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Upload_WorkbookOfOneCellRowsPastTheCap_Is400WithOneShortProblem()
    {
        var manager = await host.StaffAsync("banks.manager", "CentreManager");
        using var workbook = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(workbook, new Dictionary<string, object>
        {
            [SpreadsheetLayout.ItemSheet] = Enumerable.Range(0, 60_000).Select(i => new Dictionary<string, object?> { ["题号"] = $"x-{i}" }).ToList(),
            [SpreadsheetLayout.TaskSheet] = new[] { new Dictionary<string, object?> { ["试题编号"] = null } },
        });

        var response = await manager.PostAsync("/api/banks/drafts", Workbook(workbook.ToArray()));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("题目!A20002", problem.GetProperty("cell").GetString());
        Assert.True(text.Length < 4 * 1024, $"{text.Length} characters for a {workbook.Length / 1024} KB workbook");
    }

    [Fact]
    public async Task Upload_WorkbookOfThousandsOfBadRows_ListsTwoHundredProblemsAndCountsTheRest()
    {
        var manager = await host.StaffAsync("banks.manager", "CentreManager");
        using var workbook = new MemoryStream();
        SpreadsheetTemplate.Write(workbook, Enumerable.Range(0, 5_000).Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["题号"] = $"x-{i}" }).ToList(), []);

        var response = await manager.PostAsync("/api/banks/drafts", Workbook(workbook.ToArray()));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = JsonDocument.Parse(text).RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(Server.Web.ProblemLists.MaxListed + 1, problems.Count);
        Assert.Matches(@"^还有 [0-9,]+ 个问题 \(and [0-9,]+ more\)$", problems[^1].GetProperty("message").GetString());
        Assert.True(text.Length < 128 * 1024, $"{text.Length} characters");
    }

    [Theory]
    [InlineData("bank.yaml", "random")]
    [InlineData("bank.zip", "random")]
    [InlineData("bank.xlsx", "random")]
    [InlineData("occupation.yaml", "text")]
    [InlineData("bank.exe", "text")]
    public async Task Upload_Garbage_Is400WithAReason(string name, string kind)
    {
        var admin = await host.AdminAsync();
        var bytes = new byte[2048];
        new Random(11).NextBytes(bytes);
        var form = new MultipartFormDataContent { { new StringContent(Household), "bank" } };
        form.Add(new ByteArrayContent(kind == "random" ? bytes : Encoding.UTF8.GetBytes("occupation: [unclosed\n  - : :")), "file", name);

        var response = await admin.PostAsync("/api/banks/drafts", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Upload_NotAForm_Is415()
    {
        var admin = await host.AdminAsync();

        var response = await admin.PostAsync("/api/banks/drafts", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Diff_UnpublishedVersion_Is404AndMissingVersionIs400()
    {
        var admin = await host.AdminAsync();

        var unpublished = await admin.GetAsync($"/api/banks/{Household}/diff?from=1&to=999");
        var missing = await admin.GetAsync($"/api/banks/{Household}/diff?from=1");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (unpublished.StatusCode, missing.StatusCode));
    }

    private static Dictionary<string, string> Source(string code)
    {
        var folder = Path.Combine(Cli.BankCommandsTests.RepositoryRoot(), "question-banks", code);
        return BankLoader.ReadTree(folder).ToDictionary(f => Path.GetRelativePath(folder, f.Path).Replace('\\', '/'), f => f.Text);
    }

    private static MultipartFormDataContent Workbook(byte[] bytes)
    {
        var form = new MultipartFormDataContent { { new StringContent(Household), "bank" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "大表.xlsx");
        return form;
    }

    private static MultipartFormDataContent Zip(Dictionary<string, string> files)
    {
        using var archive = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(archive, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        var content = new ByteArrayContent(archive.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return new MultipartFormDataContent { { content, "file", "bank.zip" } };
    }

    private static MultipartFormDataContent Form(Dictionary<string, string> files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (path, text) in files)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
            form.Add(content, "file", path);
        }

        return form;
    }
}
