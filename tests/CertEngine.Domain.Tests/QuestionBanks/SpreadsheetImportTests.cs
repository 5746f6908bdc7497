using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Spreadsheets;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>A workbook written here in the template layout, imported into a bank and compared; bad rows name sheet, row and column.</summary>
public sealed class SpreadsheetImportTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    [Fact]
    public void ImportInto_ValidWorkbook_WritesYamlThatLoadsToTheSameItemsAndTasks()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var workbook = WriteWorkbook(ValidItemRows(), ValidTaskRows());

        var outcome = SpreadsheetImport.ImportInto(workbook, bankDirectory);

        Assert.Empty(outcome.Problems);
        Assert.Equal(2, outcome.WrittenFiles.Count);
        var bank = BankLoader.LoadDirectory(bankDirectory);
        Assert.True(bank.IsValid, string.Join('\n', bank.Problems));
        var single = bank.Bank!.FindItem("xl-001")!;
        Assert.Equal(ItemType.Single, single.Type);
        Assert.Equal("用电饭煲蒸米饭时，米与水的体积比一般约为（  ）。", single.Stem);
        Assert.Equal(["A", "B", "C", "D"], single.Options.Select(o => o.Label));
        Assert.Equal("1:1.2", single.Options[1].Text);
        Assert.Equal(["B"], single.Key);
        Assert.Equal(["xl-002"], single.Enemies);
        var judge = bank.Bank.FindItem("xl-002")!;
        Assert.Equal(ItemType.Judge, judge.Type);
        Assert.Equal(["B"], judge.Key);
        var task = Assert.Single(bank.Bank.Tasks, t => t.Id == "xl-t1");
        Assert.Equal(["炒锅", "青菜 300 g"], task.Materials);
        Assert.Equal([("c1", 30m), ("c2", 70m)], task.Criteria.Select(c => (c.Id, c.Points)));
        Assert.Equal(["发生烫伤", "未关燃气离开"], task.Vetoes);
    }

    [Fact]
    public void ImportInto_TaskWithMarkStepAndResetNote_KeepsBoth_AndABadStepNamesItsCell()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var rows = ValidTaskRows();
        rows[0]["计分步长"] = 1;
        rows[0]["复位说明"] = "更换青菜，擦净灶台，关闭燃气阀";

        var outcome = SpreadsheetImport.ImportInto(WriteWorkbook(ValidItemRows(), rows), bankDirectory);
        rows[0]["计分步长"] = "半分";
        using var badWorkbook = File.OpenRead(WriteWorkbook(ValidItemRows(), rows));
        var bad = SpreadsheetImport.Read(badWorkbook, "新增试题.xlsx");

        Assert.Empty(outcome.Problems);
        var task = Assert.Single(BankLoader.LoadDirectory(bankDirectory).Bank!.Tasks, t => t.Id == "xl-t1");
        Assert.Equal((1m, "更换青菜，擦净灶台，关闭燃气阀"), (task.MarkStep, task.Reset));
        Assert.Contains(bad.Problems, p => p.Location.Cell == "操作技能!N2" && p.Message.Contains("计分步长", StringComparison.Ordinal));
        Assert.DoesNotContain(bad.Tasks, t => t.Id == "xl-t1");
    }

    [Fact]
    public void ImportInto_SameWorkbookTwice_ReplacesTheEarlierImport()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var workbook = WriteWorkbook(ValidItemRows(), ValidTaskRows());
        Assert.Empty(SpreadsheetImport.ImportInto(workbook, bankDirectory).Problems);

        var again = SpreadsheetImport.ImportInto(workbook, bankDirectory);

        Assert.Empty(again.Problems);
        Assert.True(BankLoader.LoadDirectory(bankDirectory).IsValid);
    }

    [Fact]
    public void ImportInto_KeyNotAmongOptions_NamesTheAnswerCellAndWritesNothing()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var rows = ValidItemRows();
        rows[1]["答案"] = "E";
        rows[1]["题型"] = "单选";
        rows[1]["选项A"] = "对的说法";
        rows[1]["选项B"] = "错的说法";
        var workbook = WriteWorkbook(rows, ValidTaskRows());

        var outcome = SpreadsheetImport.ImportInto(workbook, bankDirectory);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(BankRules.KeyNotAnOption, problem.Rule);
        Assert.Equal("题目!M3", problem.Location.Cell);
        Assert.EndsWith(".xlsx:题目!M3", problem.Location.ToString());
        Assert.Empty(outcome.WrittenFiles);
        Assert.False(File.Exists(Path.Combine(bankDirectory, "items", "import.yaml")));
    }

    [Fact]
    public void ImportInto_EmptyStemAndBadDifficulty_NameTheirCells()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var rows = ValidItemRows();
        rows[0]["题干"] = null;
        rows[1]["难度"] = 9;
        var workbook = WriteWorkbook(rows, ValidTaskRows());

        var outcome = SpreadsheetImport.ImportInto(workbook, bankDirectory);

        Assert.Equal(["题目!E3", "题目!F2"], outcome.Problems.Select(p => p.Location.Cell!).Order());
        Assert.Empty(outcome.WrittenFiles);
    }

    [Fact]
    public void ImportInto_RubricThatDoesNotAddUp_NamesTheTaskRow()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var tasks = ValidTaskRows();
        tasks[1]["配分"] = 60;
        var workbook = WriteWorkbook(ValidItemRows(), tasks);

        var outcome = SpreadsheetImport.ImportInto(workbook, bankDirectory);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(BankRules.RubricPoints, problem.Rule);
        Assert.StartsWith("操作技能!", problem.Location.Cell);
        Assert.Equal(2, problem.Location.Line);
    }

    [Fact]
    public void ImportInto_FileThatIsNotAWorkbook_IsRefusedWithAProblem()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var path = Path.Combine(_root.Path, "broken.xlsx");
        File.WriteAllText(path, "this is not a zip file");

        var outcome = SpreadsheetImport.ImportInto(path, bankDirectory);

        Assert.Equal(BankRules.Spreadsheet, Assert.Single(outcome.Problems).Rule);
        Assert.Empty(outcome.WrittenFiles);
    }

    [Fact]
    public void Write_EmptyTemplate_ImportsAsNothingToImport()
    {
        var bankDirectory = new BankFixture().WriteTo(_root.Path);
        var path = Path.Combine(_root.Path, "template.xlsx");
        using (var stream = File.Create(path))
        {
            SpreadsheetTemplate.Write(stream);
        }

        var outcome = SpreadsheetImport.ImportInto(path, bankDirectory);

        Assert.Contains("no items", Assert.Single(outcome.Problems).Message);
    }

    [Fact]
    public void Read_OneCellRowsFarPastTheRowCap_IsOneErrorAndBoundedAllocation()
    {
        // A 1 MB workbook of 100,000 one-cell rows: the old reader kept every row and six problems for each of them.
        using var workbook = OneCellRows(100_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (items, tasks, problems) = SpreadsheetImport.Read(workbook, "big.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(items);
        Assert.Empty(tasks);
        var problem = Assert.Single(problems);
        Assert.Equal(("题目!A20002", 20_002), (problem.Location.Cell, problem.Location.Line));
        Assert.Contains($"more than {SpreadsheetReader.MaxRows} data rows", problem.Message, StringComparison.Ordinal);
        // Reading the 20,002 rows up to the cap costs MiniExcel about 40 MB of short-lived objects; nothing is kept.
        Assert.True(allocated < 100L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB for a {workbook.Length / 1024} KB workbook");
    }

    [Fact]
    public void Read_ThousandsOfBadRowsUnderTheCap_StopsCheckingAtTheProblemCap()
    {
        using var workbook = OneCellRows(5_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (_, _, problems) = SpreadsheetImport.Read(workbook, "bad.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(problems.Count, SpreadsheetReader.MaxProblems + 1, SpreadsheetReader.MaxProblems + 20);
        Assert.Contains("checking stopped after 1000", problems[^1].Message, StringComparison.Ordinal);
        Assert.True(allocated < 40L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void Read_CellLongerThanTheLimit_IsAProblemAtThatCell()
    {
        var rows = ValidItemRows();
        rows[0]["题干"] = new string('题', WorkbookLimits.MaxCellLength + 1);
        using var workbook = Workbook(rows);

        var (_, _, problems) = SpreadsheetImport.Read(workbook, "long.xlsx");

        var problem = Assert.Single(problems);
        Assert.Equal("题目!F2", problem.Location.Cell);
        Assert.Contains("more than 10000 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PackageWithMorePartsThanTheLimit_IsRefusedBeforeMiniExcelOpensIt()
    {
        using var workbook = Workbook(ValidItemRows());
        using (var zip = new System.IO.Compression.ZipArchive(workbook, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < WorkbookLimits.MaxEntries; i++)
            {
                zip.CreateEntry($"junk/{i}.xml");
            }
        }

        workbook.Position = 0;

        var (items, _, problems) = SpreadsheetImport.Read(workbook, "parts.xlsx");

        Assert.Empty(items);
        Assert.Contains("too large unpacked", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    private static MemoryStream OneCellRows(int count)
    {
        var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new Dictionary<string, object>
        {
            [SpreadsheetLayout.ItemSheet] = Enumerable.Range(0, count).Select(i => new Dictionary<string, object?> { ["题号"] = $"x-{i}" }).ToList(),
            [SpreadsheetLayout.TaskSheet] = new[] { new Dictionary<string, object?> { ["试题编号"] = null } },
        });
        stream.Position = 0;
        return stream;
    }

    private static MemoryStream Workbook(List<Dictionary<string, object?>> items)
    {
        var stream = new MemoryStream();
        SpreadsheetTemplate.Write(stream, items, []);
        stream.Position = 0;
        return stream;
    }

    private string WriteWorkbook(List<Dictionary<string, object?>> items, List<Dictionary<string, object?>> tasks)
    {
        var path = Path.Combine(_root.Path, "import.xlsx");
        using var stream = File.Create(path);
        SpreadsheetTemplate.Write(stream, items, tasks);
        return path;
    }

    private static List<Dictionary<string, object?>> ValidItemRows() =>
    [
        new()
        {
            ["题号"] = "xl-001", ["版本"] = 1, ["题型"] = "单选", ["鉴定点"] = "cooking.001", ["难度"] = 2,
            ["题干"] = "用电饭煲蒸米饭时，米与水的体积比一般约为（  ）。",
            ["选项A"] = "1:0.5", ["选项B"] = "1:1.2", ["选项C"] = "1:3", ["选项D"] = "1:5", ["答案"] = "B", ["互斥题"] = "xl-002",
        },
        new()
        {
            ["题号"] = "xl-002", ["版本"] = 1, ["题型"] = "判断", ["鉴定点"] = "cooking.001", ["难度"] = 1,
            ["题干"] = "蒸米饭时米与水的体积比一般为 1:3。", ["答案"] = "错误", ["解析"] = "一般约为 1:1.2。",
        },
    ];

    private static List<Dictionary<string, object?>> ValidTaskRows() =>
    [
        new()
        {
            ["试题编号"] = "xl-t1", ["版本"] = 1, ["鉴定范围"] = "cooking", ["试题名称"] = "清炒时蔬", ["时限（分钟）"] = 20, ["总分"] = 100,
            ["考核准备"] = "炒锅\n青菜 300 g", ["考核要求"] = "在 20 分钟内清炒一道时令蔬菜。",
            ["评分项编号"] = "c1", ["考核要素"] = "择洗", ["配分"] = 30, ["评分标准"] = "择洗不净每处扣 10 分，扣完为止", ["否决项"] = "发生烫伤\n未关燃气离开",
        },
        new() { ["评分项编号"] = "c2", ["考核要素"] = "烹制", ["配分"] = 70, ["评分标准"] = "火候不当每次扣 20 分，扣完为止" },
    ];

    public void Dispose() => _root.Dispose();
}
