using System.Globalization;
using MiniExcelLibs;

namespace CertEngine.Domain.QuestionBanks.Spreadsheets;

/// <summary>
/// Reads items and practical tasks from a workbook in the template layout. Each value keeps its cell
/// (<c>题目!F12</c>) so that any problem, here or in the validator, names sheet, row and column.
/// </summary>
/// <remarks>
/// Rows are read as a stream, never all at once. A sheet taller than <see cref="MaxRows"/> data rows is refused whole
/// (<see cref="TooTall"/>); after <see cref="MaxProblems"/> problems the rows are only counted, so a workbook of
/// nonsense costs a bounded list, not one problem per cell of it.
/// </remarks>
internal sealed class SpreadsheetReader(string file, ICollection<BankProblem> problems)
{
    /// <summary>The most data rows (below the header) a sheet may hold: far more than any real bank (the largest shipped has 600 items).</summary>
    public const int MaxRows = 20_000;

    /// <summary>The most problems reported before the reader stops checking rows.</summary>
    public const int MaxProblems = 1_000;

    public List<Item> Items { get; } = [];
    public List<PracticalTask> Tasks { get; } = [];

    /// <summary>The one problem that refuses the whole workbook, when a sheet has rows below row <see cref="MaxRows"/> + 1.</summary>
    public BankProblem? TooTall { get; private set; }

    private bool Checking => problems.Count < MaxProblems;

    public void Read(Stream workbook)
    {
        if (WorkbookLimits.PackageProblem(workbook) is { } tooLarge)
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(file, 0), tooLarge));
            return;
        }

        var sheets = workbook.GetSheetNames();
        foreach (var required in new[] { SpreadsheetLayout.ItemSheet, SpreadsheetLayout.TaskSheet }.Where(s => !sheets.Contains(s)))
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(file, 0, $"{required}!A1"),
                $"缺少工作表 '{required}'，请使用 docs/bank-template.xlsx (missing sheet '{required}'; start from docs/bank-template.xlsx)"));
        }

        if (sheets.Contains(SpreadsheetLayout.ItemSheet))
        {
            workbook.Position = 0;
            foreach (var row in Rows(workbook, SpreadsheetLayout.ItemSheet, SpreadsheetLayout.ItemColumns))
            {
                ReadItem(row);
            }
        }

        if (sheets.Contains(SpreadsheetLayout.TaskSheet) && TooTall is null)
        {
            workbook.Position = 0;
            ReadTasks(Rows(workbook, SpreadsheetLayout.TaskSheet, SpreadsheetLayout.TaskColumns));
        }

        if (TooTall is null && !Checking)
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(file, 0),
                $"问题过多，只检查到第 {MaxProblems} 个问题为止，请先改正这些 (too many problems: checking stopped after {MaxProblems}; fix these first)"));
        }
    }

    /// <summary>One data row: its number, and each known header's text and cell.</summary>
    private sealed record Row(string Sheet, int Number, Dictionary<string, (string Text, string Cell)> Cells)
    {
        public string Text(string header) => Cells.TryGetValue(header, out var c) ? c.Text : "";

        public string CellOf(string header) => Cells.TryGetValue(header, out var c) ? c.Cell : $"{Sheet}!A{Number}";

        public bool IsEmpty => Cells.Values.All(c => c.Text.Length == 0);
    }

    /// <summary>The sheet's non-empty data rows while checking goes on, stopping (and setting <see cref="TooTall"/>) past the cap.</summary>
    private IEnumerable<Row> Rows(Stream workbook, string sheet, IReadOnlyList<(string Header, string Field, bool Required)> columns)
    {
        Dictionary<string, string>? letterOf = null;
        var number = 0;
        foreach (var raw in WorkbookLimits.Rows(workbook, sheet))
        {
            number++;
            if (letterOf is null)
            {
                letterOf = Headers(raw, sheet, columns);
                continue;
            }

            if (number > MaxRows + 1)
            {
                // MiniExcel yields a row here only when the sheet has some row at or below it, content or formatting.
                TooTall = new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(file, number, $"{sheet}!A{number}"),
                    $"工作表 '{sheet}' 超过 {MaxRows} 行数据，请删除第 {MaxRows + 1} 行以下的内容或分成多个文件 (sheet '{sheet}' has more than {MaxRows} data rows; delete everything below row {MaxRows + 1} or split the file)");
                yield break;
            }

            if (!Checking)
            {
                continue;
            }

            var cells = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            foreach (var (header, letter) in letterOf)
            {
                var cell = $"{sheet}!{letter}{number}";
                var text = Text(raw.TryGetValue(letter, out var v) ? v : null);
                if (text.Length > WorkbookLimits.MaxCellLength)
                {
                    problems.Add(new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(file, number, cell),
                        $"'{header}' 超过 {WorkbookLimits.MaxCellLength} 个字 (more than {WorkbookLimits.MaxCellLength} characters)"));
                    text = text[..WorkbookLimits.MaxCellLength];
                }

                cells[header] = (text, cell);
            }

            var row = new Row(sheet, number, cells);
            if (!row.IsEmpty)
            {
                yield return row;
            }
        }
    }

    // Columns are found by header text, so a reordered or extended sheet still reads.
    private Dictionary<string, string> Headers(IDictionary<string, object?> raw, string sheet, IReadOnlyList<(string Header, string Field, bool Required)> columns)
    {
        var letterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, value) in raw)
        {
            var header = Text(value);
            if (header.Length > 0)
            {
                letterOf.TryAdd(header, letter);
            }
        }

        foreach (var (header, _, required) in columns.Where(c => c.Required && !letterOf.ContainsKey(c.Header)))
        {
            problems.Add(new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(file, 1, $"{sheet}!A1"),
                $"工作表 '{sheet}' 缺少列 '{header}' (sheet '{sheet}' has no column '{header}')"));
        }

        return letterOf;
    }

    private void ReadItem(Row row)
    {
        var location = Location(row, SpreadsheetLayout.ItemColumns);
        var id = Required(row, "题号", "id");
        var version = Int(row, "版本", 1, 100_000);
        var typeText = Required(row, "题型", "type");
        var type = typeText is null ? null : ItemTypes.Parse(typeText);
        if (typeText is not null && type is null)
        {
            Error(row, "题型", $"题型 '{typeText}' 不认识，应为 单选、多选 或 判断 (unknown item type)");
        }

        var element = Required(row, "鉴定点", "element");
        var difficulty = Int(row, "难度", 1, 5);
        var stem = Required(row, "题干", "stem");
        var options = new List<ItemOption>();
        foreach (var label in "ABCDEF")
        {
            var text = row.Text($"选项{label}");
            if (text.Length > 0)
            {
                options.Add(new ItemOption(label.ToString(), text));
            }
        }

        var keyText = Required(row, "答案", "key");
        List<string>? key = null;
        if (keyText is not null && type == ItemType.Judge && options.Count == 0)
        {
            options.Add(new ItemOption("A", "正确"));
            options.Add(new ItemOption("B", "错误"));
            if (BankReader.JudgeValue(keyText) is { } right)
            {
                key = [right ? "A" : "B"];
            }
            else
            {
                Error(row, "答案", $"判断题答案应为 正确 或 错误，不是 '{keyText}' (a true/false key is 正确 or 错误)");
            }
        }
        else if (keyText is not null)
        {
            var letters = keyText.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal)
                .Replace("、", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            key = letters.Select(c => c.ToString()).ToList();
        }

        var enemies = row.Text("互斥题").Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var explanation = row.Text("解析") is { Length: > 0 } e ? e : null;
        if (id is not null && version is { } v && type is { } t && element is not null && difficulty is { } d && stem is not null && key is not null)
        {
            Items.Add(new Item(id, v, t, element, d, stem, options, key, enemies, explanation, location));
        }
    }

    private void ReadTasks(IEnumerable<Row> rows)
    {
        Row? head = null;
        var criteria = new List<RubricCriterion>();
        foreach (var row in rows)
        {
            if (row.Text("试题编号").Length > 0)
            {
                Finish(head, criteria);
                head = row;
                criteria = [];
            }
            else if (head is null)
            {
                Error(row, "试题编号", "评分项行之前没有操作题（第一行须填试题编号） (a criterion row comes before any task row)");
                continue;
            }

            var cid = Required(row, "评分项编号", "criterion id");
            var name = Required(row, "考核要素", "criterion name");
            var points = Decimal(row, "配分", 0.01m, 1000);
            var standard = Required(row, "评分标准", "criterion standard");
            if (cid is not null && name is not null && points is { } p && standard is not null)
            {
                criteria.Add(new RubricCriterion(cid, name, p, standard) { Location = new SourceLocation(file, row.Number, row.CellOf("评分标准")) });
            }
        }

        Finish(head, criteria);
    }

    private void Finish(Row? head, List<RubricCriterion> criteria)
    {
        if (head is null)
        {
            return;
        }

        var id = Required(head, "试题编号", "id");
        var version = Int(head, "版本", 1, 100_000);
        var element = Required(head, "鉴定范围", "element");
        var title = Required(head, "试题名称", "title");
        var minutes = Int(head, "时限（分钟）", 1, 24 * 60);
        var points = Decimal(head, "总分", 1, 1000);
        var instructions = Required(head, "考核要求", "instructions");
        var materials = Lines(head.Text("考核准备"));
        var vetoes = Lines(head.Text("否决项"));
        var markStep = head.Text("计分步长").Length == 0 ? PracticalTask.HalfPoints : Decimal(head, "计分步长", 0.01m, 100);
        var reset = head.Text("复位说明") is { Length: > 0 } text ? text : null;
        if (id is not null && version is { } v && element is not null && title is not null && minutes is { } m && points is { } total && instructions is not null
            && markStep is { } step)
        {
            Tasks.Add(new PracticalTask(id, v, element, title, m, total, materials, instructions, criteria, vetoes,
                Location(head, SpreadsheetLayout.TaskColumns)) { MarkStep = step, Reset = reset });
        }
    }

    private SourceLocation Location(Row row, IReadOnlyList<(string Header, string Field, bool Required)> columns)
    {
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (header, field, _) in columns)
        {
            fields.TryAdd(field, new SourceLocation(file, row.Number, row.CellOf(header)));
        }

        return new SourceLocation(file, row.Number, $"{row.Sheet}!A{row.Number}") { Fields = fields };
    }

    private static List<string> Lines(string text) =>
        text.Split(['\n', '\r', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private string? Required(Row row, string header, string field)
    {
        var text = row.Text(header);
        if (text.Length > 0)
        {
            return text;
        }

        Error(row, header, $"'{header}' 为空 (empty {field})");
        return null;
    }

    private int? Int(Row row, string header, int min, int max)
    {
        var text = row.Text(header);
        if (text.Length == 0)
        {
            Error(row, header, $"'{header}' 为空 (empty)");
            return null;
        }

        return ParseNumber(text, row, header, min, max) switch
        {
            null => null,
            var value when value != Math.Floor(value.Value) => NotInteger(row, header, text),
            var value => (int)value.Value,
        };
    }

    private int? NotInteger(Row row, string header, string text)
    {
        Error(row, header, $"'{header}' 应为整数，不是 '{text}' (must be a whole number)");
        return null;
    }

    private decimal? Decimal(Row row, string header, decimal min, decimal max)
    {
        var text = row.Text(header);
        if (text.Length == 0)
        {
            Error(row, header, $"'{header}' 为空 (empty)");
            return null;
        }

        return ParseNumber(text, row, header, min, max);
    }

    private decimal? ParseNumber(string text, Row row, string header, decimal min, decimal max)
    {
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(row, header, $"'{header}' 应为 {min}–{max} 之间的数，不是 '{text}' (must be a number from {min} to {max})");
        return null;
    }

    private void Error(Row row, string header, string message) =>
        problems.Add(new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(file, row.Number, row.CellOf(header)), message));

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
