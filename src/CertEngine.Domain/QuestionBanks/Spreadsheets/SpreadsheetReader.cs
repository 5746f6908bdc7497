using System.Globalization;
using MiniExcelLibs;

namespace CertEngine.Domain.QuestionBanks.Spreadsheets;

/// <summary>
/// Reads items and practical tasks from a workbook in the template layout. Each value keeps its cell
/// (<c>题目!F12</c>) so that any problem, here or in the validator, names sheet, row and column.
/// </summary>
internal sealed class SpreadsheetReader(string file, ICollection<BankProblem> problems)
{
    public List<Item> Items { get; } = [];
    public List<PracticalTask> Tasks { get; } = [];

    public void Read(Stream workbook)
    {
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

        if (sheets.Contains(SpreadsheetLayout.TaskSheet))
        {
            workbook.Position = 0;
            ReadTasks(Rows(workbook, SpreadsheetLayout.TaskSheet, SpreadsheetLayout.TaskColumns));
        }
    }

    /// <summary>One data row: its number, and each known header's text and cell.</summary>
    private sealed record Row(string Sheet, int Number, Dictionary<string, (string Text, string Cell)> Cells)
    {
        public string Text(string header) => Cells.TryGetValue(header, out var c) ? c.Text : "";

        public string CellOf(string header) => Cells.TryGetValue(header, out var c) ? c.Cell : $"{Sheet}!A{Number}";

        public bool IsEmpty => Cells.Values.All(c => c.Text.Length == 0);
    }

    private List<Row> Rows(Stream workbook, string sheet, IReadOnlyList<(string Header, string Field, bool Required)> columns)
    {
        var raw = workbook.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
        if (raw.Count == 0)
        {
            return [];
        }

        // Columns are found by header text, so a reordered or extended sheet still reads.
        var letterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, value) in raw[0])
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

        var rows = new List<Row>();
        for (var i = 1; i < raw.Count; i++)
        {
            var number = i + 1;
            var cells = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            foreach (var (header, letter) in letterOf)
            {
                cells[header] = (Text(raw[i].TryGetValue(letter, out var v) ? v : null), $"{sheet}!{letter}{number}");
            }

            var row = new Row(sheet, number, cells);
            if (!row.IsEmpty)
            {
                rows.Add(row);
            }
        }

        return rows;
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

    private void ReadTasks(List<Row> rows)
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
                criteria.Add(new RubricCriterion(cid, name, p, standard));
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
        if (id is not null && version is { } v && element is not null && title is not null && minutes is { } m && points is { } total && instructions is not null)
        {
            Tasks.Add(new PracticalTask(id, v, element, title, m, total, materials, instructions, criteria, vetoes,
                Location(head, SpreadsheetLayout.TaskColumns)));
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
